package id.warta.bench;

import id.warta.domain.Channel;
import id.warta.domain.ContentType;
import id.warta.domain.Finding;
import id.warta.ethics.CheckContext;
import id.warta.ethics.EthicsChecker;
import id.warta.ethics.RulePack;
import id.warta.ethics.RulePackLoader;
import id.warta.ethics.WatchList;
import id.warta.ethics.WatchTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ethics checker speed (issue 4 targets): a 2,200-character draft under 2 ms after warm-up on
 * one thread, a 200,000-character text (the command line's limit), the same with a client watch
 * list of 50 terms, and loading the rule pack cold (first time in a fresh JVM) under 150 ms.
 */
@Fork(1)
public class EthicsBenchmark {

    /** Realistic sentences: a notice, a figure, a time, personal data, a rumour, an insult. */
    private static final String[] SENTENCES = {
        "Pemerintah Kabupaten mengajak warga memeriksa kembali data kependudukan di kantor kelurahan terdekat. ",
        "Pelayanan KTP-el keliling hadir di Balai Desa Sukamaju, Sabtu (13/6) pukul 08.00–12.00 WIB. ",
        "Angka kunjungan wisata naik 45 persen dibanding tahun lalu, tertinggi se-provinsi. ",
        "Untuk informasi lebih lanjut hubungi WA Center 0811-2345-6789 atau kunjungi dinas.contoh.go.id. ",
        "Katanya jalan lingkar selatan akan ditutup total minggu depan, sebarkan ke grup keluarga! ",
        "Mohon bantuan, Ibu Siti Aminah NIK 3273056505890002 belum menerima bansos tahap kedua. ",
        "Festival budaya menghadirkan tarian Dayak, Bugis, Jawa dan Toraja di alun-alun kota. ",
        "Pengendara yang parkir di trotoar itu memang goblok, sudah ada rambu masih saja nekat. ",
        "Terima kasih kepada seluruh relawan yang membantu warga terdampak banjir di Kecamatan Utara. ",
        "Posyandu Melati membuka layanan imunisasi dasar lengkap setiap Selasa di Balai RW 05. ",
    };

    static String text(int length) {
        StringBuilder out = new StringBuilder(length + 200);
        for (int i = 0; out.length() < length; i++) {
            out.append(SENTENCES[i % SENTENCES.length]);
        }
        out.setLength(length);
        return out.toString();
    }

    static WatchList fiftyTerms() {
        List<WatchTerm> terms = new ArrayList<>();
        String[] names = {"Budi", "Sri", "Agus", "Dewi", "Hendra", "Ratna", "Joko", "Wati", "Rudi", "Lestari"};
        String[] surnames = {"Santoso", "Wahyuni", "Pratama", "Kusuma", "Siregar"};
        for (String name : names) {
            for (String surname : surnames) {
                terms.add(new WatchTerm(name + " " + surname, WatchTerm.Kind.CANDIDATE));
            }
        }
        terms.set(0, new WatchTerm("Siti Aminah", WatchTerm.Kind.CANDIDATE));
        terms.set(1, new WatchTerm("jalan lingkar selatan", WatchTerm.Kind.SENSITIVE_PROJECT));
        return new WatchList(terms, Set.of("dinas.contoh.go.id"));
    }

    @State(Scope.Benchmark)
    public static class Loaded {
        EthicsChecker checker;
        String draft2200;
        String text200k;
        CheckContext plain;
        CheckContext watched;

        @Setup
        public void load() {
            checker = new EthicsChecker(new RulePackLoader().loadCurrent());
            draft2200 = text(2_200);
            text200k = text(200_000);
            plain = CheckContext.of(Channel.FACEBOOK, ContentType.EDUCATIONAL);
            watched = plain.withWatchList(fiftyTerms());
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<Finding> check2200Chars(Loaded state) {
        return state.checker.check(state.draft2200, state.plain);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<Finding> check2200CharsWith50WatchTerms(Loaded state) {
        return state.checker.check(state.draft2200, state.watched);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public List<Finding> check200kChars(Loaded state) {
        return state.checker.check(state.text200k, state.plain);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public List<Finding> check200kCharsWith50WatchTerms(Loaded state) {
        return state.checker.check(state.text200k, state.watched);
    }

    /** First load in a fresh JVM: class loading, JSON parsing, lexicon and regex compilation, no JIT. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(10)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public RulePack loadRulePackCold() {
        return new RulePackLoader().loadCurrent();
    }

    /** Reloading in a warm JVM, as after an administrator changes the pack version. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public RulePack loadRulePackWarm() {
        return new RulePackLoader().loadCurrent();
    }
}
