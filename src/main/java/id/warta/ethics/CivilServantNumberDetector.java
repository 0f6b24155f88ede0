package id.warta.ethics;

import java.util.Set;
import java.util.function.Consumer;

/** NIP (18 digits) of a civil servant, with real birth and start dates. */
final class CivilServantNumberDetector implements Detector {
    private final IdNumbers numbers = new IdNumbers(Set.of());

    CivilServantNumberDetector(Params params) {
        // No parameters: the NIP layout is fixed by regulation.
    }

    @Override
    public void detect(DetectionInput input, Consumer<Hit> hits) {
        for (DigitRun run : DigitRun.find(input.original())) {
            if (run.length() == 18 && numbers.isValidNip(run.digits())) {
                hits.accept(Hit.of(run.start(), run.end()));
            }
        }
    }
}
