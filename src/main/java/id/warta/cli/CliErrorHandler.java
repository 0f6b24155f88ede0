package id.warta.cli;

import id.warta.service.StorageException;
import id.warta.service.UserFacingException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into one line on stderr and an exit code; stack traces go to the log only. */
public final class CliErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CliErrorHandler.class);
    private final CliContext context;

    public CliErrorHandler(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        if (e instanceof StorageException storage) {
            LOG.warn("{}: {}", cmd.getCommandName(), storage.getMessage());
            context.err().println(context.messages().describe(storage));
            return ExitCodes.USAGE_OR_INPUT;
        }
        if (e instanceof MissingFileException missing) {
            context.err().println(context.messages().format("cli.error.missingFile", missing.file().toString()));
            return ExitCodes.USAGE_OR_INPUT;
        }
        if (e instanceof UserFacingException refusal) {
            LOG.warn("{}: {}", cmd.getCommandName(), e.getMessage());
            context.err().println(context.messages().format(refusal.messageKey(), refusal.arguments().toArray()));
            return ExitCodes.USAGE_OR_INPUT;
        }
        LOG.error("{} failed", cmd.getCommandName(), e);
        context.err().println(context.messages().format("cli.error.unexpected", String.valueOf(e.getMessage())));
        return ExitCodes.INTERNAL;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        context.err().println(context.messages().format("cli.error.usage", e.getMessage(),
                e.getCommandLine().getCommandName()));
        return ExitCodes.USAGE_OR_INPUT;
    }
}
