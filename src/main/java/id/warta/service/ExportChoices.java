package id.warta.service;

import java.util.List;

/** The names an export filter can pick from, for a dialog's choice lists. */
public record ExportChoices(List<String> clients, List<String> accounts, List<String> channels,
                            List<String> campaigns) {
    public ExportChoices {
        clients = List.copyOf(clients);
        accounts = List.copyOf(accounts);
        channels = List.copyOf(channels);
        campaigns = List.copyOf(campaigns);
    }
}
