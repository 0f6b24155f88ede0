package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.persistence.JdbcAuditRepository;
import id.warta.service.EvidenceException;
import id.warta.service.EvidenceExporter;
import id.warta.service.EvidenceRequest;
import id.warta.service.EvidenceResult;
import id.warta.service.EvidenceScope;
import id.warta.service.Messages;
import id.warta.service.evidence.EvidenceContent;
import id.warta.service.evidence.EvidenceDocument;
import id.warta.service.evidence.EvidenceDocuments;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence exports from a real SQLite database with the demo's audit trail and a few later entries. */
class EvidenceExporterTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String COMMENT = "Mohon cek \"angka\", dan sumbernya;\nbaris kedua";

    @TempDir
    Path dir;
    Path out;
    SqliteWorkspace ws;
    MovableClock clock;
    String postId;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void office() throws Exception {
        out = Files.createDirectories(dir.resolve("bukti"));
        clock = new MovableClock(Instant.parse("2026-11-02T03:00:00Z"), WIB);
        ws = SqliteWorkspace.open(dir.resolve("kantor.db"), new DataPaths(dir), "test", clock);
        ws.demo().load();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + ws.databaseFile()); var st = c.createStatement();
             var rs = st.executeQuery("SELECT entity_id FROM audit_log WHERE action = 'post.create' ORDER BY seq LIMIT 1")) {
            rs.next();
            postId = rs.getString(1);
        }
        // 23:30 WIB on 10 November: a publication of the post moved.
        clock.set(Instant.parse("2026-11-10T16:30:00Z"));
        ws.audit().record("target.move", "post_target", "t-1",
                Map.of("postId", postId, "scheduledAt", "2026-11-12T02:00:00Z"),
                Map.of("postId", postId, "scheduledAt", "2026-11-13T02:00:00Z"));
        // 00:30 WIB on 11 November: a comment on it, with quotes, a comma and a line break.
        clock.set(Instant.parse("2026-11-10T17:30:00Z"));
        ws.audit().record("comment.add", "post", postId, null, Map.of("postId", postId, "text", COMMENT));
        // Another record that mentions the post in passing is not about it.
        clock.set(Instant.parse("2026-11-12T03:00:00Z"));
        ws.audit().record("post.edit", "post", "lain", null, Map.of("note", "lihat " + postId));
        clock.set(Instant.parse("2026-11-20T03:00:00Z"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private EvidenceResult export(EvidenceScope scope, String name, boolean zip) {
        List<Double> progress = new ArrayList<>();
        EvidenceResult r = ws.evidence().export(new EvidenceRequest(scope, out.resolve(name), zip, Messages.INDONESIAN),
                progress::add);
        assertThat(progress).isSorted().startsWith(0.0).endsWith(1.0);
        return r;
    }

    private JsonNode entries(Path folder) throws IOException {
        return json.readTree(folder.resolve("entries.json").toFile());
    }

    private static List<String> actions(JsonNode root) {
        List<String> actions = new ArrayList<>();
        root.get("entries").forEach(e -> actions.add(e.get("action").asText()));
        return actions;
    }

    @Test
    void aPostExportHoldsEveryEntryAboutThePostAndItsParts() throws Exception {
        EvidenceResult r = export(EvidenceScope.post(postId), "pos", false);
        Path folder = out.resolve("pos");
        assertThat(r.written()).isEqualTo(folder);
        assertThat(r.exported()).isEqualTo(3);
        assertThat(r.chain().intact()).isTrue();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.html",
                    "entries.csv", "entries.json", "head.txt", "README.txt", "verify.py");
        }
        assertThat(actions(entries(folder))).containsExactly("post.create", "target.move", "comment.add");

        String head = ws.audit().head();
        assertThat(r.chain().head()).isEqualTo(head);
        String headTxt = Files.readString(folder.resolve("head.txt"));
        assertThat(headTxt).contains("head: " + head + "\n", "entries: " + r.chain().entries() + "\n",
                "exported-entries: 3\n", "warta-version: test\n", "exported-at: 2026-11-20T03:00:00.000Z\n",
                "chain: OK " + r.chain().entries() + " entries, head " + head);

        String html = Files.readString(folder.resolve("report.html"));
        assertThat(html).contains("<html lang=\"id\">", "Rantai UTUH", head, "comment.add", "target.move",
                "2026-11-13T02:00:00Z", "11-11 00:30:00 WIB", "verify.py")
                .contains("Mohon cek &quot;angka&quot;").doesNotContain("<script").doesNotContain("class=\"bad\"");
        assertThat(Files.readString(folder.resolve("README.txt"))).contains(head, "python3 verify.py",
                "def canonical(e)").contains("\r\n");
    }

    @Test
    void theCsvHasAByteOrderMarkCrlfAndQuotesWhatNeedsIt() throws Exception {
        export(EvidenceScope.post(postId), "pos", false);
        byte[] bytes = Files.readAllBytes(out.resolve("pos/entries.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(csv).startsWith("seq,id,at,actor,action,entity_type,entity_id,before_json,after_json,prev_hash,hash\r\n");
        assertThat(csv.split("\r\n")).hasSize(4);
        String afterJson = entries(out.resolve("pos")).get("entries").get(2).get("after").asText();
        assertThat(csv).contains("\"" + afterJson.replace("\"", "\"\"") + "\"");
        assertThat(afterJson).contains("\\\"angka\\\"", "\\n");
    }

    @Test
    void aDateRangeIsWholeDaysInWib() throws Exception {
        EvidenceResult r = export(EvidenceScope.dates(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10)), "hari",
                false);
        assertThat(r.exported()).isEqualTo(1);
        assertThat(actions(entries(out.resolve("hari")))).containsExactly("target.move");

        EvidenceResult month = export(EvidenceScope.dates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), "bulan",
                false);
        assertThat(month.exported()).isEqualTo((int) month.chain().entries());
        EvidenceResult empty = export(EvidenceScope.dates(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)),
                "kosong", false);
        assertThat(empty.exported()).isZero();
        assertThat(Files.readString(out.resolve("kosong/report.html"))).contains("Tidak ada entri dalam cakupan ini");
        assertThatThrownBy(() -> EvidenceScope.dates(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)))
                .isInstanceOf(EvidenceException.class);
    }

    @Test
    void anInspectorsPythonChecksTheExportAndCatchesAnEditedFile() throws Exception {
        export(EvidenceScope.dates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), "bulan", false);
        Path folder = out.resolve("bulan");
        var ok = PythonVerifier.run(folder);
        assertThat(ok.output()).startsWith("OK ");
        assertThat(ok.exit()).isZero();

        Path json = folder.resolve("entries.json");
        Files.writeString(json, Files.readString(json).replace("Mohon cek", "Mohon cak"));
        var edited = PythonVerifier.run(folder);
        assertThat(edited.exit()).isEqualTo(1);
        assertThat(edited.output()).contains("does not match its hash", "entries.csv differs").contains("BROKEN");
    }

    @Test
    void theScriptAgreesWithJavaOnTheDocumentedTestVector() throws Exception {
        // docs/audit.md gives this vector; the script's canonical form must hash it the same way.
        Path folder = Files.createDirectories(dir.resolve("vector"));
        Files.copy(getClass().getResourceAsStream("/evidence/verify.py"), folder.resolve("verify.py"));
        String after = "{\"a\":\"x\\ny\"}";
        Files.writeString(folder.resolve("entries.json"), json.writeValueAsString(Map.of("entries", List.of(Map.ofEntries(
                Map.entry("seq", 7), Map.entry("id", "abc"), Map.entry("at", "2026-11-23T01:02:03.456Z"),
                Map.entry("actor", "sari"), Map.entry("action", "post.approve"), Map.entry("entityType", "post"),
                Map.entry("entityId", "p-1"), Map.entry("before", ""), Map.entry("after", after),
                Map.entry("prevHash", "0".repeat(64)),
                Map.entry("hash", "92c1273c6a0c39a4e5fe51e9d2052957d621742c72078ecc87f5700df8b24924"))))));
        Files.writeString(folder.resolve("entries.csv"), "\uFEFFseq,id,at,actor,action,entity_type,entity_id,"
                + "before_json,after_json,prev_hash,hash\r\n7,abc,2026-11-23T01:02:03.456Z,sari,post.approve,post,p-1,\"\","
                + "\"{\"\"a\"\":\"\"x\\ny\"\"}\"," + "0".repeat(64)
                + ",92c1273c6a0c39a4e5fe51e9d2052957d621742c72078ecc87f5700df8b24924\r\n");
        Files.writeString(folder.resolve("head.txt"), "head: 92c1273c6a0c39a4e5fe51e9d2052957d621742c72078ecc87f5700df8b24924\n"
                + "entries: 7\n");
        var outcome = PythonVerifier.run(folder);
        assertThat(outcome.output()).startsWith("OK 1 exported entries");
        assertThat(outcome.exit()).isZero();
    }

    @Test
    void aTamperedChainIsStillExportedAndTheReportSaysWhereItBreaks() throws Exception {
        long seq;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + ws.databaseFile()); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT seq FROM audit_log WHERE action = 'comment.add'");
            rs.next();
            seq = rs.getLong(1);
            st.executeUpdate("UPDATE audit_log SET actor = 'orang lain' WHERE seq = " + seq);
        }
        EvidenceResult r = export(EvidenceScope.post(postId), "rusak", false);
        assertThat(r.chain().intact()).isFalse();
        assertThat(r.chain().verification().brokenSeq()).isEqualTo(seq);
        Path folder = out.resolve("rusak");
        String html = Files.readString(folder.resolve("report.html"));
        assertThat(html).contains("class=\"status broken\"", "Rantai RUSAK pada entri " + seq,
                "<tr id=\"seq-" + seq + "\" class=\"bad\">", "diubah");
        assertThat(Files.readString(folder.resolve("head.txt"))).contains("chain: BROKEN at entry " + seq);
        assertThat(entries(folder).get("chain").get("intact").asBoolean()).isFalse();
        var check = PythonVerifier.run(folder);
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.output()).contains("entry " + seq + ": its content does not match its hash");
    }

    @Test
    void aZipHoldsTheSameFilesInOneFolder() throws Exception {
        EvidenceResult r = ws.evidence().export(new EvidenceRequest(EvidenceScope.post(postId), out.resolve("bukti.zip"),
                true, Messages.ENGLISH), d -> { });
        assertThat(r.written()).isRegularFile();
        try (ZipFile zip = new ZipFile(r.written().toFile())) {
            assertThat(zip.stream().map(e -> e.getName())).containsExactly("bukti/entries.json", "bukti/entries.csv",
                    "bukti/head.txt", "bukti/report.html", "bukti/verify.py", "bukti/README.txt");
            String html = new String(zip.getInputStream(zip.getEntry("bukti/report.html")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(html).contains("<html lang=\"en\">", "Chain INTACT", "Before and after");
            String readme = new String(zip.getInputStream(zip.getEntry("bukti/README.txt")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(readme).startsWith("WARTA AUDIT TRAIL EVIDENCE");
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(r.written());
        }
    }

    @Test
    void aFailedExportLeavesNothingAndAnExistingOneIsNeverReplaced() throws Exception {
        List<EvidenceDocument> failing = new ArrayList<>(EvidenceDocuments.standard());
        failing.add(3, new EvidenceDocument() {
            @Override
            public String fileName() {
                return "half.txt";
            }

            @Override
            public void write(EvidenceContent content, OutputStream o) throws IOException {
                o.write("half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("No space left on device");
            }
        });
        EvidenceExporter exporter = new EvidenceExporter(ws.transactor(), new JdbcAuditRepository(ws.database()), clock,
                "test", ws.databaseFile(), WIB, failing);
        for (boolean zip : new boolean[] {false, true}) {
            assertThatThrownBy(() -> exporter.export(new EvidenceRequest(EvidenceScope.post(postId),
                    out.resolve(zip ? "gagal.zip" : "gagal"), zip, Messages.INDONESIAN), d -> { }))
                    .isInstanceOf(EvidenceException.class)
                    .satisfies(e -> assertThat(((EvidenceException) e).reason()).isEqualTo(EvidenceException.Reason.WRITE_FAILED))
                    .satisfies(e -> assertThat(((EvidenceException) e).arguments()).anyMatch(a -> a.contains("No space")));
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files).as("nothing left after a failed " + (zip ? "zip" : "folder") + " export").isEmpty();
            }
        }

        Path notAFolder = Files.writeString(dir.resolve("berkas.txt"), "bukan folder");
        assertThatThrownBy(() -> ws.evidence().export(new EvidenceRequest(EvidenceScope.post(postId),
                notAFolder.resolve("bukti"), false, Messages.INDONESIAN), d -> { }))
                .isInstanceOf(EvidenceException.class).hasMessageContaining("MISSING_FOLDER");

        Path existing = Files.createDirectories(out.resolve("ada"));
        Files.writeString(existing.resolve("catatan.txt"), "jangan ditimpa");
        assertThatThrownBy(() -> export(EvidenceScope.post(postId), "ada", false))
                .isInstanceOf(EvidenceException.class).hasMessageContaining("EXISTS");
        assertThat(Files.readString(existing.resolve("catatan.txt"))).isEqualTo("jangan ditimpa");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(existing);
        }
        assertThatThrownBy(() -> export(EvidenceScope.post("tidak-ada"), "x", false))
                .isInstanceOf(EvidenceException.class).hasMessageContaining("NO_ENTRIES_FOR_POST");
    }
}
