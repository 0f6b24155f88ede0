package id.warta.cli;

import id.warta.service.Messages;
import id.warta.service.WorkspaceOpener;
import java.io.PrintWriter;

/** What every command needs: a way to open databases, the user's language and where to print. */
public record CliContext(WorkspaceOpener opener, Messages messages, PrintWriter out, PrintWriter err) {
}
