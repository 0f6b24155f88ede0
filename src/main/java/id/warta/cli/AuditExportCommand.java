package id.warta.cli;

import id.warta.service.EvidenceRequest;
import id.warta.service.EvidenceResult;
import id.warta.service.EvidenceScope;
import id.warta.service.Messages;
import id.warta.service.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code warta audit export}: evidence for one post or a date range. Exit 0 when written, 1 when
 * written but the chain is broken (an inspector must hear it), 2 on bad usage or an unreadable database.
 */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
public final class AuditExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", required = true, descriptionKey = "option.db")
    Path database;

    @Option(names = "--out", paramLabel = "PATH", required = true, descriptionKey = "option.export.out")
    Path out;

    @Option(names = "--post", paramLabel = "ID", descriptionKey = "option.export.post")
    String postId;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "option.export.from")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "option.export.to")
    String to;

    @Option(names = "--lang", paramLabel = "id|en", descriptionKey = "option.export.lang")
    String lang;

    @Option(names = "--zip", descriptionKey = "option.export.zip")
    boolean zip;

    private final CliContext context;

    public AuditExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        EvidenceScope scope = scope(m);
        Locale language = language(m);
        ExistingFile.require(database, context);
        try (Workspace ws = context.opener().open(database)) {
            EvidenceResult r = ws.evidence().export(new EvidenceRequest(scope, out, zip, language), done -> { });
            context.out().println(m.format("cli.audit.export.written", r.written().toString(),
                    Integer.toString(r.exported()), Long.toString(r.chain().entries()), r.chain().head()));
            if (r.chain().intact()) {
                return ExitCodes.OK;
            }
            var v = r.chain().verification();
            context.out().println(m.format("cli.audit.export.broken", Long.toString(v.brokenSeq()), v.brokenId(),
                    m.get(r.chain().reasonKey())));
            return ExitCodes.BLOCKED;
        }
    }

    private EvidenceScope scope(Messages m) {
        boolean post = postId != null;
        boolean dates = from != null || to != null;
        if (post == dates || (dates && (from == null || to == null))) {
            throw new ParameterException(spec.commandLine(), m.get("cli.audit.export.scope"));
        }
        return post ? EvidenceScope.post(postId) : EvidenceScope.dates(date(from, m), date(to, m));
    }

    private LocalDate date(String text, Messages m) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), m.format("cli.audit.export.badDate", text));
        }
    }

    private Locale language(Messages m) {
        if (lang == null) {
            return Messages.forSystem();
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "id" -> Messages.INDONESIAN;
            case "en" -> Messages.ENGLISH;
            default -> throw new ParameterException(spec.commandLine(), m.format("cli.audit.export.lang", lang));
        };
    }
}
