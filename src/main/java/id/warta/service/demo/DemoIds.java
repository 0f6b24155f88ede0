package id.warta.service.demo;

import java.util.Random;
import java.util.UUID;

/** Version-4-shaped UUID text drawn from the generator's seeded random, so ids are reproducible too. */
final class DemoIds {
    private final Random random;

    DemoIds(Random random) {
        this.random = random;
    }

    String next() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }
}
