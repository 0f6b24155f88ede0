package id.warta.persistence;

/** {@link LaterRepositoriesContract} on the embedded PostgreSQL. */
class PostgresLaterRepositoriesTest extends LaterRepositoriesContract {
    @Override
    Database openDatabase() {
        return EmbeddedPostgresSupport.openFresh();
    }
}
