package id.warta.cli;

import id.warta.service.CaldavException;
import id.warta.service.CaldavPublishService;
import id.warta.service.CaldavTarget;
import id.warta.service.ExportException;
import id.warta.service.ExportFilter;
import id.warta.service.Feed;
import id.warta.service.PublishResult;
import id.warta.service.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta publish}: pushes a saved feed (or everything) to a CalDAV collection. The password
 * comes from the environment, never from a flag, so it stays out of shell history and process
 * lists; the address is remembered in the database for the next push, the credentials are not.
 */
@Command(name = "publish", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
public final class PublishCommand implements Callable<Integer> {
    public static final String PASSWORD_VARIABLE = "WARTA_CALDAV_PASSWORD";

    @Option(names = "--db", paramLabel = "FILE", required = true, descriptionKey = "option.db")
    Path database;

    @Option(names = "--url", paramLabel = "URL", descriptionKey = "option.publish.url")
    String url;

    @Option(names = "--user", paramLabel = "U", required = true, descriptionKey = "option.publish.user")
    String user;

    @Option(names = "--feed", paramLabel = "NAME", descriptionKey = "option.publish.feed")
    String feedName;

    private final CliContext context;
    private final UnaryOperator<String> environment;

    public PublishCommand(CliContext context, UnaryOperator<String> environment) {
        this.context = context;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        ExistingFile.require(database, context);
        String password = environment.apply(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            context.err().println(context.messages().format("cli.publish.noPassword", PASSWORD_VARIABLE));
            return ExitCodes.USAGE_OR_INPUT;
        }
        try (Workspace ws = context.opener().open(database)) {
            CaldavPublishService caldav = ws.caldav();
            Optional<String> address = Optional.ofNullable(url).or(caldav::savedUrl).filter(u -> !u.isBlank());
            if (address.isEmpty()) {
                context.err().println(context.messages().get("cli.publish.noUrl"));
                return ExitCodes.USAGE_OR_INPUT;
            }
            ExportFilter filter = ExportFilter.everything();
            String name = "Warta";
            if (feedName != null) {
                Optional<Feed> feed = ws.feeds().all().stream().filter(Feed::active)
                        .filter(f -> f.name().equalsIgnoreCase(feedName.strip())).findFirst();
                if (feed.isEmpty()) {
                    context.err().println(context.messages().format("cli.publish.unknownFeed", feedName));
                    return ExitCodes.USAGE_OR_INPUT;
                }
                filter = feed.get().filter();
                name = feed.get().name();
            }
            CaldavTarget target = CaldavTarget.of(address.get(), user, password);
            PublishResult result = caldav.publish(filter, name, target, context.messages(),
                    CaldavPublishService.Progress.NONE);
            caldav.saveUrl(address.get());
            context.out().println(context.messages().format("caldav.result", result.created(), result.updated(),
                    result.deleted(), result.unchanged()));
            return ExitCodes.OK;
        } catch (CaldavException | ExportException e) {
            context.err().println(context.messages().format(e.messageKey(), e.arguments().toArray()));
            return ExitCodes.USAGE_OR_INPUT;
        }
    }
}
