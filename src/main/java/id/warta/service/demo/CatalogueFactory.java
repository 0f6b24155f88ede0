package id.warta.service.demo;

import id.warta.domain.Account;
import id.warta.domain.Campaign;
import id.warta.domain.Client;
import id.warta.service.demo.DemoCatalogue.AccountProfile;
import id.warta.service.demo.DemoCatalogue.CampaignProfile;
import id.warta.service.demo.DemoCatalogue.ClientProfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the catalogue's profiles into domain records with reproducible ids and dates around today. */
final class CatalogueFactory {

    /** A client with its accounts and campaigns (by campaign key). */
    record ClientBundle(ClientProfile profile, Client client, List<Account> accounts, Map<String, Campaign> campaigns) {
    }

    private CatalogueFactory() {
    }

    static List<ClientBundle> build(LocalDate today, DemoIds ids) {
        List<ClientBundle> bundles = new ArrayList<>();
        for (ClientProfile profile : DemoCatalogue.clients()) {
            Client client = new Client(ids.next(), profile.name(), profile.shortName(), 0);
            List<Account> accounts = new ArrayList<>();
            for (AccountProfile a : profile.accounts()) {
                accounts.add(new Account(ids.next(), client.id(), a.channel(), a.handle(), a.displayName(),
                        profile.zone(), 0));
            }
            Map<String, Campaign> campaigns = new LinkedHashMap<>();
            for (CampaignProfile c : profile.campaigns()) {
                String name = c.key().equals("survei") ? c.name() + " " + today.getYear() : c.name();
                campaigns.put(c.key(), new Campaign(ids.next(), client.id(), name, today.plusDays(c.startOffset()),
                        today.plusDays(c.endOffset()), 0));
            }
            bundles.add(new ClientBundle(profile, client, List.copyOf(accounts), Collections.unmodifiableMap(campaigns)));
        }
        return List.copyOf(bundles);
    }
}
