package id.warta.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.warta.domain.Channel;
import id.warta.domain.ContentType;
import id.warta.domain.Finding;
import id.warta.domain.Severity;
import id.warta.domain.Verdict;
import id.warta.ethics.CheckContext;
import id.warta.ethics.EthicsChecker;
import id.warta.ethics.WatchList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code check}: runs the ethics checks on UTF-8 texts (DESIGN.md, command-line contract). Exit 0
 * when no input has a BLOCK, 1 when any does, 2 on bad usage or when any input cannot be checked;
 * such an input gets one line on stderr and no output line, the others are still checked.
 */
@Command(name = "check", resourceBundle = "i18n.cli")
public final class CheckCommand implements Callable<Integer> {
    static final String STDIN = "-";
    private static final String BUNDLE = "i18n/ethics_cli";
    private static final int EXIT_OK = 0;
    private static final int EXIT_BLOCK = 1;
    private static final int EXIT_USAGE = 2;
    private static final int TEXT_EXCERPT_MAX = 80;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    private boolean help;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "option.check.format")
    private String format;

    @Option(names = "--lang", paramLabel = "id|en", descriptionKey = "option.check.lang")
    private String lang;

    @Option(names = "--channel", paramLabel = "C", descriptionKey = "option.check.channel")
    private String channel;

    @Option(names = "--type", paramLabel = "T", descriptionKey = "option.check.type")
    private String type;

    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "option.check.db")
    private Path database;

    @Option(names = "--client", paramLabel = "NAME", descriptionKey = "option.check.client")
    private String client;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "option.check.files")
    private List<String> inputs;

    private final Supplier<EthicsChecker> checkers;
    private EthicsChecker checker;
    private final Supplier<InputStream> stdin;
    private final BiFunction<Path, String, WatchList> watchLists;
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * @param watchLists loads a client's lists from a database; null until the database is wired,
     *                   in which case {@code --db}/{@code --client} are refused with a message
     */
    public CheckCommand(EthicsChecker checker, Supplier<InputStream> stdin, BiFunction<Path, String, WatchList> watchLists) {
        this(() -> checker, stdin, watchLists);
    }

    /**
     * @param checkers builds the checker when the command runs, so other commands (and the GUI)
     *                 do not pay for compiling the rule pack at start-up
     */
    public CheckCommand(Supplier<EthicsChecker> checkers, Supplier<InputStream> stdin,
                        BiFunction<Path, String, WatchList> watchLists) {
        this.checkers = checkers;
        this.stdin = stdin;
        this.watchLists = watchLists;
    }

    /** Reads standard input of the process; no database. */
    public CheckCommand(EthicsChecker checker) {
        this(checker, () -> System.in, null);
    }

    @Override
    public Integer call() {
        checker = checkers.get();
        Locale locale = resolveLocale();
        if (locale == null) {
            return usageError(bundle(Locale.ROOT), "check.error.lang", lang);
        }
        ResourceBundle messages = bundle(locale);
        boolean asJson;
        if ("json".equalsIgnoreCase(format)) {
            asJson = true;
        } else if ("text".equalsIgnoreCase(format)) {
            asJson = false;
        } else {
            return usageError(messages, "check.error.format", format);
        }
        Channel chosenChannel = null;
        if (channel != null) {
            chosenChannel = Channel.fromCode(channel).orElse(null);
            if (chosenChannel == null) {
                return usageError(messages, "check.error.channel", channel,
                        Arrays.stream(Channel.values()).map(Channel::code).collect(Collectors.joining(", ")));
            }
        }
        ContentType chosenType = null;
        if (type != null) {
            chosenType = ContentType.fromCode(type).orElse(null);
            if (chosenType == null) {
                return usageError(messages, "check.error.type", type,
                        Arrays.stream(ContentType.values()).map(ContentType::code).collect(Collectors.joining(", ")));
            }
        }
        WatchList watchList = WatchList.EMPTY;
        if (database != null || client != null) {
            if (watchLists == null) {
                return usageError(messages, "check.error.needsDatabase");
            }
            if (database == null || client == null) {
                return usageError(messages, "check.error.dbAndClient");
            }
            try {
                watchList = watchLists.apply(database, client);
            } catch (RuntimeException e) {
                return usageError(messages, "check.error.watchList", oneLine(e.getMessage()));
            }
        }
        CheckContext context = CheckContext.of(chosenChannel, chosenType).withWatchList(watchList);
        return checkAll(context, asJson, locale, messages);
    }

    private int checkAll(CheckContext context, boolean asJson, Locale locale, ResourceBundle messages) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean unreadable = false;
        boolean blocked = false;
        DraftInput.Result stdinText = null;
        for (String input : inputs) {
            DraftInput.Result read;
            if (STDIN.equals(input)) {
                // Standard input can be read once; a second '-' sees the same text.
                stdinText = stdinText != null ? stdinText : DraftInput.readStream(stdin.get());
                read = stdinText;
            } else {
                read = DraftInput.readFile(Path.of(input));
            }
            if (!read.isOk()) {
                err.println(format(messages, read.errorKey(), input, read.detail()));
                err.flush();
                unreadable = true;
                continue;
            }
            List<Finding> findings = checker.check(read.text(), context);
            Verdict verdict = Verdict.of(findings);
            blocked |= verdict == Verdict.BLOCK;
            if (asJson) {
                out.println(jsonLine(input, verdict, findings, locale));
            } else {
                printText(out, messages, input, verdict, findings, locale);
            }
            out.flush();
        }
        if (unreadable) {
            return EXIT_USAGE;
        }
        return blocked ? EXIT_BLOCK : EXIT_OK;
    }

    private String jsonLine(String input, Verdict verdict, List<Finding> findings, Locale locale) {
        StringWriter line = new StringWriter();
        // A streaming generator, not ObjectMapper: setting one up cold costs more than checking a draft.
        try (JsonGenerator out = JSON.createGenerator(line)) {
            out.writeStartObject();
            out.writeStringField("input", input);
            out.writeStringField("verdict", verdict.name());
            out.writeStringField("rulePack", checker.rulePackVersion());
            out.writeArrayFieldStart("findings");
            for (Finding finding : findings) {
                out.writeStartObject();
                out.writeStringField("rule", finding.ruleId());
                out.writeStringField("category", finding.category().name());
                out.writeArrayFieldStart("principles");
                for (int principle : finding.principles()) {
                    out.writeNumber(principle);
                }
                out.writeEndArray();
                out.writeStringField("severity", finding.severity().name());
                out.writeNumberField("start", finding.start());
                out.writeNumberField("end", finding.end());
                out.writeStringField("excerpt", finding.excerpt());
                out.writeStringField("message", finding.message(locale));
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return line.toString();
    }

    private void printText(PrintWriter out, ResourceBundle messages, String input, Verdict verdict,
                           List<Finding> findings, Locale locale) {
        CommandLine.Help.Ansi ansi = spec.commandLine().getColorScheme().ansi();
        String verdictText = ansi.string("@|bold," + colour(verdict) + " " + verdict.name() + "|@");
        out.println(format(messages, "check.text.header", input, verdictText, findings.size(), checker.rulePackVersion()));
        if (findings.isEmpty()) {
            out.println(text(messages, "check.text.none"));
        }
        for (Finding finding : findings) {
            String severity = ansi.string("@|" + colour(finding.severity()) + " " + finding.severity().name() + "|@");
            out.println(format(messages, "check.text.finding", severity, finding.ruleId(), finding.start(), finding.end(),
                    shorten(finding.excerpt()), finding.message(locale)));
        }
    }

    private static String colour(Verdict verdict) {
        return verdict == Verdict.BLOCK ? "red" : verdict == Verdict.WARN ? "yellow" : "green";
    }

    private static String colour(Severity severity) {
        return severity == Severity.BLOCK ? "red" : severity == Severity.WARN ? "yellow" : "cyan";
    }

    private static String shorten(String excerpt) {
        String flat = excerpt.replaceAll("\\s+", " ");
        return flat.length() <= TEXT_EXCERPT_MAX ? flat : flat.substring(0, TEXT_EXCERPT_MAX - 1) + "…";
    }

    private Locale resolveLocale() {
        String wanted = lang;
        if (wanted == null) {
            String system = Locale.getDefault().getLanguage();
            return "en".equals(system) ? Locale.ENGLISH : new Locale("id");
        }
        switch (wanted.trim().toLowerCase(Locale.ROOT)) {
            case "id":
            case "in":
                return new Locale("id");
            case "en":
                return Locale.ENGLISH;
            default:
                return null;
        }
    }

    private int usageError(ResourceBundle messages, String key, Object... args) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(format(messages, key, args));
        err.flush();
        return EXIT_USAGE;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String text(ResourceBundle messages, String key) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static String format(ResourceBundle messages, String key, Object... args) {
        return new MessageFormat(text(messages, key), messages.getLocale()).format(args);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
