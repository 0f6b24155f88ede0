package id.warta.persistence;

/** Every {@link RepositoryTest} case on a real PostgreSQL (embedded, one server per run). */
class PostgresRepositoryTest extends RepositoryTest {
    @Override
    Database openDatabase() {
        return EmbeddedPostgresSupport.openFresh();
    }
}
