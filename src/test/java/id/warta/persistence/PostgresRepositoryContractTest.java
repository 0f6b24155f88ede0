package id.warta.persistence;

class PostgresRepositoryContractTest extends RepositoryContract {
    @Override
    Database openDatabase() {
        return EmbeddedPostgresSupport.openFresh();
    }
}
