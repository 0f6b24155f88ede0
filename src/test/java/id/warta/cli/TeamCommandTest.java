package id.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.service.Messages;
import id.warta.service.TeamAdministration;
import id.warta.service.TeamLogin;
import id.warta.service.TeamProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import id.warta.domain.AuditChain;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code warta team ...} without a server: profile checks, where the login comes from, what is printed. */
class TeamCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Map<String, String> env = new HashMap<>();
    final FakeAdmin admin = new FakeAdmin();
    CommandLine cl;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
        CliContext context = new CliContext(file -> {
            throw new AssertionError("no workspace");
        }, new Messages(Messages.ENGLISH), new PrintWriter(out, true), new PrintWriter(err, true));
        TeamLoginPrompt prompt = new TeamLoginPrompt(env::get, () -> null, context);
        cl = new CommandLine(new TeamCommand());
        cl.addSubcommand(new TeamMigrateCommand(context, admin, prompt));
        cl.addSubcommand(new TeamImportCommand(context, admin, prompt));
        cl.addSubcommand(new TeamExportCommand(context, admin, prompt));
        cl.addSubcommand(new AuditVerifyCommand(context, admin, prompt));
        CliErrorHandler errors = new CliErrorHandler(context);
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
    }

    private Path profile(String text) throws IOException {
        Path p = dir.resolve("kominfo.team");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void migrateUsesTheLoginFromTheEnvironmentAndNeverPrintsThePassword() throws IOException {
        Path p = profile("host=db.example.go.id\ndatabase=warta\nca.file=ca.pem\n");
        env.put(TeamLoginPrompt.USER_VARIABLE, "warta_owner");
        env.put(TeamLoginPrompt.PASSWORD_VARIABLE, "rahasia-sekali");
        int exit = cl.execute("migrate", "--profile", p.toString());
        assertThat(exit).isZero();
        assertThat(admin.user).isEqualTo("warta_owner");
        assertThat(admin.profile.port()).isEqualTo(5432);
        assertThat(admin.profile.schema()).isEqualTo("warta");
        assertThat(admin.profile.caFile()).isEqualTo(dir.resolve("ca.pem").toAbsolutePath().normalize());
        assertThat(out.toString()).contains("db.example.go.id:5432/warta (warta)").doesNotContain("rahasia");
        assertThat(err.toString()).doesNotContain("rahasia");
    }

    @Test
    void aProfileHoldingAPasswordIsRefused() throws IOException {
        Path p = profile("host=db\ndatabase=warta\nca.file=ca.pem\npassword=bocor\n");
        env.put(TeamLoginPrompt.USER_VARIABLE, "warta_owner");
        env.put(TeamLoginPrompt.PASSWORD_VARIABLE, "x");
        assertThat(cl.execute("migrate", "--profile", p.toString())).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("must not hold a login or password").doesNotContain("bocor");
        assertThat(admin.user).isNull();
    }

    @Test
    void aMissingCaCertificateAndAMissingProfileAreNamed() throws IOException {
        Path p = profile("host=db\ndatabase=warta\nca.file=hilang.pem\n");
        assertThat(cl.execute("migrate", "--profile", p.toString())).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("hilang.pem");
        assertThat(cl.execute("migrate", "--profile", dir.resolve("nope.team").toString())).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("nope.team").doesNotContain("Exception");
    }

    @Test
    void withoutAConsoleOrEnvironmentTheCommandSaysHowToGiveTheLogin() throws IOException {
        Path p = profile("host=db\ndatabase=warta\nca.file=ca.pem\n");
        assertThat(cl.execute("migrate", "--profile", p.toString())).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(err.toString()).contains(TeamLoginPrompt.USER_VARIABLE, TeamLoginPrompt.PASSWORD_VARIABLE);
    }

    @Test
    void exportTakesOutAndImportRefusesAMissingFile() throws IOException {
        Path p = profile("host=db\ndatabase=warta\nca.file=ca.pem\n");
        env.put(TeamLoginPrompt.USER_VARIABLE, "warta_owner");
        env.put(TeamLoginPrompt.PASSWORD_VARIABLE, "x");
        assertThat(cl.execute("export", "--profile", p.toString(), "--out", dir.resolve("copy.db").toString())).isZero();
        assertThat(admin.file).isEqualTo(dir.resolve("copy.db"));
        assertThat(cl.execute("import", "--profile", p.toString(), "--from", dir.resolve("none.db").toString()))
                .isEqualTo(ExitCodes.USAGE_OR_INPUT);
    }

    @Test
    void auditVerifyTakesATeamProfileInsteadOfAFile() throws IOException {
        Path p = profile("host=db\ndatabase=warta\nca.file=ca.pem\n");
        env.put(TeamLoginPrompt.USER_VARIABLE, "sari");
        env.put(TeamLoginPrompt.PASSWORD_VARIABLE, "x");
        assertThat(cl.execute("verify", "--team", p.toString())).isZero();
        assertThat(out.toString()).contains("OK 0 entries, head " + AuditChain.GENESIS);
        assertThat(admin.user).isEqualTo("sari");
        assertThat(cl.execute("verify")).isEqualTo(ExitCodes.USAGE_OR_INPUT);
    }

    static final class FakeAdmin implements TeamAdministration {
        String user;
        TeamProfile profile;
        Path file;

        @Override
        public int migrate(TeamProfile p, TeamLogin owner) {
            user = owner.user();
            profile = p;
            return 7;
        }

        @Override
        public TeamTransfer importFrom(TeamProfile p, TeamLogin owner, Path sqliteFile) {
            user = owner.user();
            file = sqliteFile;
            return new TeamTransfer(1, 2, 3, "h", "s");
        }

        @Override
        public AuditChain.Verification verifyAudit(TeamProfile p, TeamLogin login, Optional<String> expectedHead) {
            user = login.user();
            return AuditChain.verify(List.of(), expectedHead);
        }

        @Override
        public TeamTransfer exportTo(TeamProfile p, TeamLogin owner, Path sqliteFile) {
            user = owner.user();
            file = sqliteFile;
            return new TeamTransfer(1, 2, 3, "h", "");
        }
    }
}
