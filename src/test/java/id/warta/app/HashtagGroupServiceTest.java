package id.warta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.domain.HashtagGroup;
import id.warta.persistence.JdbcHashtagGroupRepository;
import id.warta.service.HashtagGroupException;
import id.warta.service.HashtagGroupService;
import id.warta.service.StaleVersionException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved hashtag groups per client, in a real database (schema V11). */
class HashtagGroupServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;
    SqliteWorkspace ws;
    WorkflowFixture office;
    HashtagGroupService groups;

    @BeforeEach
    void open() {
        ws = SqliteWorkspace.open(dir.resolve("tags.db"), new DataPaths(dir), "test", CLOCK);
        office = new WorkflowFixture(ws, CLOCK);
        office.signIn(office.staff);
        groups = ws.hashtagGroups();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void groupsAreAddedRenamedAndDeletedPerClient() {
        HashtagGroup health = groups.add(office.client.id(), "Kesehatan", "#Sehat vaksin, #Puskesmas");
        groups.add(office.client.id(), "acara", "#HariPahlawan");
        groups.add(office.otherClient.id(), "Kesehatan", "#DinkesSehat");
        long audited = office.auditCount();

        assertThat(health.tags()).containsExactly("#Sehat", "#vaksin", "#Puskesmas");
        assertThat(groups.groupsOf(office.client.id())).extracting(HashtagGroup::name)
                .as("by name, ignoring case").containsExactly("acara", "Kesehatan");

        HashtagGroup renamed = groups.update(health.id(), "Layanan kesehatan", "#Sehat #Imunisasi");
        assertThat(renamed.version()).isEqualTo(health.version() + 1);
        assertThat(groups.groupsOf(office.client.id())).extracting(HashtagGroup::name, HashtagGroup::text)
                .contains(org.assertj.core.groups.Tuple.tuple("Layanan kesehatan", "#Sehat #Imunisasi"));

        groups.delete(health.id());
        assertThat(groups.groupsOf(office.client.id())).extracting(HashtagGroup::name).containsExactly("acara");
        assertThat(groups.groupsOf(office.otherClient.id())).hasSize(1);
        assertThat(office.auditCount()).as("rename and delete are audited").isEqualTo(audited + 2);
    }

    @Test
    void aNameIsUniquePerClientIgnoringCaseAndTagsAreRequired() {
        groups.add(office.client.id(), "Kesehatan", "#Sehat");
        assertThatThrownBy(() -> groups.add(office.client.id(), "  kesehatan ", "#Lain"))
                .isInstanceOfSatisfying(HashtagGroupException.class, e ->
                        assertThat(e.reason()).isEqualTo(HashtagGroupException.Reason.DUPLICATE_NAME));
        assertThatThrownBy(() -> groups.add(office.client.id(), "Kosong", " # , "))
                .isInstanceOfSatisfying(HashtagGroupException.class, e ->
                        assertThat(e.reason()).isEqualTo(HashtagGroupException.Reason.NO_TAGS));
        assertThatThrownBy(() -> groups.add(office.client.id(), " ", "#a"))
                .isInstanceOfSatisfying(HashtagGroupException.class, e ->
                        assertThat(e.reason()).isEqualTo(HashtagGroupException.Reason.NO_NAME));
        assertThatThrownBy(() -> groups.add(office.client.id(), "x".repeat(61), "#a"))
                .isInstanceOf(HashtagGroupException.class);
        assertThatThrownBy(() -> groups.update("no-such-id", "Nama", "#a"))
                .isInstanceOfSatisfying(HashtagGroupException.class, e ->
                        assertThat(e.reason()).isEqualTo(HashtagGroupException.Reason.NO_SUCH_GROUP));
        assertThat(groups.groupsOf(office.client.id())).hasSize(1);
    }

    @Test
    void theRepositoryRefusesAStaleVersion() {
        var repository = new JdbcHashtagGroupRepository(ws.database());
        HashtagGroup saved = groups.add(office.client.id(), "Kesehatan", "#Sehat");
        ws.transactor().write(() -> repository.save(new HashtagGroup(saved.id(), saved.clientId(), "Baru",
                saved.tags(), saved.version())));
        assertThatThrownBy(() -> ws.transactor().write(() -> repository.save(new HashtagGroup(saved.id(),
                saved.clientId(), "Lama", saved.tags(), saved.version())))).isInstanceOf(StaleVersionException.class);
        assertThat(ws.transactor().read(() -> repository.findById(saved.id())).orElseThrow().name()).isEqualTo("Baru");
    }

    @Test
    void deletingAClientDeletesItsGroups() {
        groups.add(office.client.id(), "Kesehatan", "#Sehat");
        ws.transactor().writeRun(() -> {
            try (var st = ws.database().connection().createStatement()) {
                st.execute("DELETE FROM client WHERE id = '" + office.client.id() + "'");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(groups.groupsOf(office.client.id())).isEmpty();
    }
}
