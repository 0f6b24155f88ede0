package id.warta.service.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.domain.AuditChain;
import id.warta.domain.AuditEntry;
import id.warta.service.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * {@code report.html}: one self-contained page (no scripts, no outside files) that any browser
 * shows and prints: the chain's state first, then every entry with who, when, what and what changed.
 */
final class ReportHtml implements EvidenceDocument {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String STYLE = """
            body{font-family:system-ui,"Segoe UI",Arial,sans-serif;margin:2em;color:#1f2328;line-height:1.4}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f6f8fa}table.facts{width:auto}table.facts th{width:16em}
            .status{padding:10px 14px;border-radius:6px;font-weight:bold;font-size:1.1em;margin:1em 0}
            .intact{background:#dafbe1;color:#116329;border:1px solid #4ac26b}
            .broken{background:#ffebe9;color:#a40e26;border:2px solid #cf222e}
            tr.bad td{background:#ffebe9}
            code,.hash{font-family:ui-monospace,Consolas,monospace;font-size:.85em}
            .hash,td.record code{word-break:break-all}td.action code,table.changes td:first-child code{white-space:nowrap}
            td.time{white-space:nowrap}
            .val{white-space:pre-wrap;word-break:break-word;max-width:28em}
            table.changes td,table.changes th{border:none;border-bottom:1px solid #eaeef2;padding:2px 6px}
            .muted{color:#656d76}
            @media print{body{margin:0}.status{border-width:2px}}
            """;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String fileName() {
        return "report.html";
    }

    static String scopeText(EvidenceContent c) {
        Messages m = c.messages();
        return c.scope().isPost()
                ? m.format("evidence.report.scope.post", c.scope().postId())
                : m.format("evidence.report.scope.dates", c.scope().from().toString(), c.scope().to().toString(),
                        c.zone().getId());
    }

    @Override
    public void write(EvidenceContent c, OutputStream out) throws IOException {
        Messages m = c.messages();
        Writer w = new OutputStreamWriter(NonClosing.of(out), StandardCharsets.UTF_8);
        String title = m.get("evidence.report.title");
        w.write("<!DOCTYPE html>\n<html lang=\"" + m.locale().getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"generator\" content=\"Warta " + Html.escape(c.wartaVersion()) + "\">\n<title>"
                + Html.escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        w.write("<h1>" + Html.escape(title) + "</h1>\n");
        w.write("<p class=\"muted\">" + Html.escape(scopeText(c)) + "</p>\n");
        status(c, w);
        facts(c, w);
        entries(c, w);
        howToVerify(m, w);
        w.write("</body>\n</html>\n");
        w.flush();
    }

    private static void status(EvidenceContent c, Writer w) throws IOException {
        Messages m = c.messages();
        AuditChain.Verification v = c.chain().verification();
        String text = v.intact()
                ? m.format("evidence.report.chain.intact", c.chain().entries())
                : m.format("evidence.report.chain.broken", Long.toString(v.brokenSeq()), v.brokenId(),
                        m.get(c.chain().reasonKey()));
        w.write("<div id=\"chain-status\" class=\"status " + (v.intact() ? "intact" : "broken") + "\">"
                + Html.escape(text) + "</div>\n");
    }

    private void facts(EvidenceContent c, Writer w) throws IOException {
        Messages m = c.messages();
        w.write("<table class=\"facts\">\n");
        fact(w, m.get("evidence.report.scope"), Html.escape(scopeText(c)));
        fact(w, m.get("evidence.report.head"), "<span id=\"head\" class=\"hash\">" + Html.escape(c.chain().head())
                + "</span>");
        fact(w, m.get("evidence.report.chainEntries"), Long.toString(c.chain().entries()));
        fact(w, m.get("evidence.report.exported"), Integer.toString(c.entries().size()));
        fact(w, m.get("evidence.report.exportedAt"), Html.escape(local(c, c.exportedAt())));
        fact(w, m.get("evidence.report.database"), Html.escape(c.databaseName()));
        fact(w, m.get("evidence.report.version"), Html.escape(c.wartaVersion()));
        w.write("</table>\n");
    }

    private static void fact(Writer w, String label, String html) throws IOException {
        w.write("<tr><th>" + Html.escape(label) + "</th><td>" + html + "</td></tr>\n");
    }

    private void entries(EvidenceContent c, Writer w) throws IOException {
        Messages m = c.messages();
        w.write("<h2>" + Html.escape(m.get("evidence.report.entries")) + "</h2>\n");
        if (c.entries().isEmpty()) {
            w.write("<p>" + Html.escape(m.get("evidence.report.none")) + "</p>\n");
            return;
        }
        w.write("<table id=\"entries\">\n<thead><tr>");
        for (String key : List.of("evidence.report.col.seq", "evidence.report.col.at", "evidence.report.col.actor",
                "evidence.report.col.action", "evidence.report.col.entity", "evidence.report.col.changes",
                "evidence.report.col.hash")) {
            w.write("<th>" + Html.escape(m.get(key)) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        FieldChanges changes = new FieldChanges(json);
        long brokenSeq = c.chain().intact() ? -1 : c.chain().verification().brokenSeq();
        for (AuditEntry e : c.entries()) {
            boolean altered = !AuditChain.hashOf(e).equals(e.hash());
            boolean bad = altered || e.seq() == brokenSeq;
            w.write("<tr id=\"seq-" + e.seq() + "\"" + (bad ? " class=\"bad\"" : "") + ">");
            w.write("<td>" + e.seq() + "</td>");
            w.write("<td class=\"time\">" + Html.escape(local(c, e.at())) + "<br><span class=\"muted\">"
                    + Html.escape(EvidenceContent.canonicalTime(e.at())) + "</span></td>");
            w.write("<td>" + Html.escape(e.actor()) + "</td>");
            w.write("<td class=\"action\"><code>" + Html.escape(e.action()) + "</code></td>");
            w.write("<td class=\"record\">" + Html.escape(e.entityType()) + "<br><code>" + Html.escape(e.entityId()) + "</code></td>");
            w.write("<td>" + changesCell(m, changes, e) + "</td>");
            w.write("<td><span class=\"hash\" title=\"" + Html.escape(e.hash()) + "\">" + Html.escape(shortHash(e.hash()))
                    + "</span>" + (altered ? "<br><strong>" + Html.escape(m.get("evidence.report.altered"))
                    + "</strong>" : "") + "</td>");
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n");
    }

    private static String changesCell(Messages m, FieldChanges changes, AuditEntry e) {
        Optional<List<FieldChanges.Change>> fields = changes.between(e.before(), e.after());
        if (fields.isEmpty()) {
            if (e.before().isEmpty() && e.after().isEmpty()) {
                return "<span class=\"muted\">" + Html.escape(m.get("evidence.report.noData")) + "</span>";
            }
            return "<table class=\"changes\"><tr><th>" + Html.escape(m.get("evidence.report.before"))
                    + "</th><td class=\"val\">" + Html.escape(e.before()) + "</td></tr><tr><th>"
                    + Html.escape(m.get("evidence.report.after")) + "</th><td class=\"val\">" + Html.escape(e.after())
                    + "</td></tr></table>";
        }
        if (fields.get().isEmpty()) {
            return "<span class=\"muted\">" + Html.escape(m.get("evidence.report.noChange")) + "</span>";
        }
        StringBuilder b = new StringBuilder("<table class=\"changes\"><tr><th>")
                .append(Html.escape(m.get("evidence.report.field"))).append("</th><th>")
                .append(Html.escape(m.get("evidence.report.before"))).append("</th><th>")
                .append(Html.escape(m.get("evidence.report.after"))).append("</th></tr>");
        for (FieldChanges.Change ch : fields.get()) {
            b.append("<tr><td><code>").append(Html.escape(ch.field())).append("</code></td><td class=\"val\">")
                    .append(Html.escape(ch.before())).append("</td><td class=\"val\">").append(Html.escape(ch.after()))
                    .append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    private static void howToVerify(Messages m, Writer w) throws IOException {
        w.write("<h2>" + Html.escape(m.get("evidence.report.verify.title")) + "</h2>\n<ol>\n");
        for (String key : List.of("evidence.report.verify.run", "evidence.report.verify.head",
                "evidence.report.verify.whole")) {
            w.write("<li>" + Html.escape(m.get(key)) + "</li>\n");
        }
        w.write("</ol>\n");
    }

    private static String local(EvidenceContent c, Instant at) {
        return LOCAL.format(at.atZone(c.zone())) + " " + zoneName(c);
    }

    /** WIB, WITA and WIT are what Indonesian readers know; other zones by their id. */
    private static String zoneName(EvidenceContent c) {
        return switch (c.zone().getId()) {
            case "Asia/Jakarta" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> c.zone().getId();
        };
    }

    private static String shortHash(String hash) {
        return hash.length() > 16 ? hash.substring(0, 16) + "…" : hash;
    }
}
