package id.warta.service.demo;

import id.warta.domain.Account;
import id.warta.domain.Campaign;
import id.warta.domain.Client;
import id.warta.domain.Post;
import id.warta.domain.PostTarget;
import id.warta.domain.PostVariant;

import java.util.List;

/** Everything the demo generator produces, ready to be saved; all lists are immutable. */
public record DemoData(List<Client> clients, List<Account> accounts, List<Campaign> campaigns, List<Post> posts,
                       List<PostTarget> targets, List<PostVariant> variants) {
    public DemoData {
        clients = List.copyOf(clients);
        accounts = List.copyOf(accounts);
        campaigns = List.copyOf(campaigns);
        posts = List.copyOf(posts);
        targets = List.copyOf(targets);
        variants = List.copyOf(variants);
    }
}
