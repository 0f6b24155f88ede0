package id.warta.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key in both languages; every key the code asks for exists; no key is left unused. */
class ResourceBundleTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    /** Keys passed as literals to Messages.get/format, or held in a String that names a key. */
    private static final Pattern LITERAL_KEY = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z_]+)+)\"");
    /** Keys built from a prefix at run time; the test expands them itself. */
    private static final Set<String> DYNAMIC_PREFIXES = Set.of("state.", "language.", "storage.error.", "nav.", "watch.kind.",
            "auth.error.", "workflow.error.", "workflow.denied.", "checklist.p", "delegations.error.", "delegations.status.",
            "role.", "watch.invalid.", "editor.error.", "contentType.",
            "media.error.", "hashtagGroup.error.", "team.error.");

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : new String[] {"messages", "cli"}) {
            Set<String> id = keys(BUNDLES.resolve(bundle + ".properties"));
            Set<String> en = keys(BUNDLES.resolve(bundle + "_en.properties"));
            assertThat(diff(id, en)).as(bundle + ": keys missing in English (paste into " + bundle + "_en.properties)").isEmpty();
            assertThat(diff(en, id)).as(bundle + ": keys missing in Indonesian (paste into " + bundle + ".properties)").isEmpty();
        }
    }

    /** Union merges keep both sides, so two branches choosing one key name silently shadow each other. */
    @Test
    void noKeyIsDefinedTwiceInAFile() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Set<String> seen = new TreeSet<>();
                Set<String> twice = new TreeSet<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")
                            || Character.isWhitespace(line.charAt(0))) {
                        continue;
                    }
                    int end = trimmed.indexOf('=');
                    String key = (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
                assertThat(twice).as(file.getFileName() + ": keys defined twice (rename one)").isEmpty();
            }
        }
    }

    @Test
    void apostrophesSurviveMessageFormat() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (value.contains("{0")) {
                    String shown = new java.text.MessageFormat(value).format(new Object[] {1, 2, 3, 4, 5, 6});
                    assertThat(shown).as(file + " " + key + ": write '' for an apostrophe in a message with arguments")
                            .doesNotContain("{");
                    assertThat(value.replace("''", "").contains("'")).as(file + " " + key).isFalse();
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> known = new TreeSet<>(keys(BUNDLES.resolve("messages.properties")));
        known.addAll(keys(BUNDLES.resolve("cli.properties")));
        Set<String> used = usedKeys();
        Set<String> missing = used.stream().filter(k -> !known.contains(k)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
    }

    @Test
    void everyEnumBackedKeyExists() throws IOException {
        Set<String> known = keys(BUNDLES.resolve("messages.properties"));
        for (var state : id.warta.domain.WorkflowState.values()) {
            assertThat(known).contains("state." + state.code());
        }
        for (var reason : id.warta.service.StorageException.Reason.values()) {
            assertThat(known).contains("storage.error." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
        }
        for (var kind : id.warta.service.WatchEntry.Kind.values()) {
            assertThat(known).contains("watch.kind." + kind.code());
        }
        for (var problem : id.warta.ethics.WatchTermCheck.Problem.values()) {
            assertThat(known).contains(new id.warta.service.InvalidWatchTermException(problem, "x").messageKey());
        }
        for (var reason : id.warta.service.AuthException.Reason.values()) {
            assertThat(known).contains(reason.messageKey());
        }
        for (var denied : id.warta.domain.PermissionDenied.values()) {
            assertThat(known).contains(denied.messageKey());
        }
        for (var reason : id.warta.service.WorkflowException.Reason.values()) {
            if (reason != id.warta.service.WorkflowException.Reason.DENIED) {
                assertThat(known).contains(new id.warta.service.WorkflowException(reason, "x").messageKey());
            }
        }
        for (int p = 1; p <= id.warta.domain.Checklist.PRINCIPLES; p++) {
            assertThat(known).contains("checklist.p" + p);
        }
        for (var screen : id.warta.ui.shell.Screen.values()) {
            assertThat(known).contains(screen.labelKey());
        }
        for (var reason : id.warta.service.DelegationException.Reason.values()) {
            assertThat(known).contains(new id.warta.service.DelegationException(reason).messageKey());
        }
        for (var status : id.warta.service.DelegationRow.Status.values()) {
            assertThat(known).contains("delegations.status." + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (var problem : id.warta.service.PostDraftException.Problem.values()) {
            assertThat(known).contains(new id.warta.service.PostDraftException(problem).messageKey());
        }
        for (var type : id.warta.domain.ContentType.values()) {
            assertThat(known).contains("contentType." + type.code());
        }
        for (var reason : id.warta.service.TeamException.Reason.values()) {
            assertThat(known).contains(new id.warta.service.TeamException(reason).messageKey());
        }
        for (var role : id.warta.domain.Role.values()) {
            assertThat(known).contains("role." + role.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void noKeyIsLeftUnused() throws IOException {
        Set<String> used = usedKeys();
        Set<String> unused = keys(BUNDLES.resolve("messages.properties")).stream()
                .filter(k -> !used.contains(k) && DYNAMIC_PREFIXES.stream().noneMatch(k::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("keys in messages.properties that no code uses (delete them)").isEmpty();
    }

    /** Literals that look like keys but are file names, settings, or audit action names. */
    private static final Pattern NOT_KEYS = Pattern.compile("\\.(properties|css|png|sql|db)$|^window\\.|^app\\.version$|^warta\\."
            + "|^auth\\.(signIn|signOut|failed|locked|demoSwitch)$|^workflow\\.selfApproval$");

    private static Set<String> usedKeys() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        for (String bundle : new String[] {"messages.properties", "cli.properties"}) {
            keys(BUNDLES.resolve(bundle)).forEach(k -> prefixes.add(k.substring(0, Math.max(0, k.indexOf('.')))));
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (prefixes.contains(key.substring(0, key.indexOf('.'))) && !NOT_KEYS.matcher(key).find()) {
                        used.add(key);
                    }
                }
            }
        }
        return used;
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p.stringPropertyNames();
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
