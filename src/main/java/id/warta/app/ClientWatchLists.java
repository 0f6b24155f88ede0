package id.warta.app;

import id.warta.cli.CliContext;
import id.warta.ethics.WatchList;
import id.warta.service.StorageException;
import id.warta.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/** For {@code check --db FILE --client NAME}: the client's lists, read from an existing database. */
final class ClientWatchLists implements BiFunction<Path, String, WatchList> {
    private final CliContext context;

    ClientWatchLists(CliContext context) {
        this.context = context;
    }

    @Override
    public WatchList apply(Path database, String clientName) {
        if (!Files.isRegularFile(database)) {
            throw new IllegalArgumentException(context.messages().format("cli.error.missingFile", database.toString()));
        }
        try (Workspace ws = context.opener().open(database)) {
            return ws.ethics().watchListOfClientNamed(clientName).orElseThrow(() -> new IllegalArgumentException(
                    context.messages().format("cli.error.unknownClient", clientName, database.toString())));
        } catch (StorageException e) {
            throw new IllegalArgumentException(context.messages().describe(e), e);
        }
    }
}
