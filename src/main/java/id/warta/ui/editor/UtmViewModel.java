package id.warta.ui.editor;

import id.warta.domain.Account;
import id.warta.domain.Campaign;
import id.warta.domain.UtmLink;
import id.warta.service.Messages;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The post's link and its UTM parameters, with the final address each target account will
 * publish: utm_source defaults to the account's channel, utm_campaign to the post's campaign.
 */
public final class UtmViewModel {
    /** One target account and the address it publishes. */
    public record Preview(Account account, String url) { }

    private final ObservableList<TargetRow> targets;
    private final ObjectProperty<Campaign> campaign;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty medium = new SimpleStringProperty(UtmLink.DEFAULT_MEDIUM);
    private final StringProperty utmCampaign = new SimpleStringProperty("");
    private final ObservableList<Preview> previews = FXCollections.observableArrayList();
    private final StringBinding problem;
    private final StringBinding campaignDefault;

    UtmViewModel(ObservableList<TargetRow> targets, ObjectProperty<Campaign> campaign, Messages messages) {
        this.targets = targets;
        this.campaign = campaign;
        problem = Bindings.createStringBinding(() -> link().isValid() ? ""
                : messages.get("editor.link.invalid"), url);
        campaignDefault = Bindings.createStringBinding(() ->
                campaign.get() == null ? "" : UtmLink.slug(campaign.get().name()), campaign);
        for (Observable o : new Observable[] {url, source, medium, utmCampaign, campaign, targets}) {
            o.addListener(x -> refresh());
        }
    }

    private void refresh() {
        UtmLink link = link();
        String campaignName = campaign.get() == null ? null : campaign.get().name();
        previews.setAll(link.isEmpty() || !link.isValid() ? java.util.List.of() : targets.stream()
                .map(t -> new Preview(t.account(), link.finalUrl(t.account().channel(), campaignName))).toList());
    }

    public UtmLink link() {
        return new UtmLink(url.get(), source.get(), medium.get(), utmCampaign.get());
    }

    void set(UtmLink link) {
        url.set(link.url());
        source.set(link.source());
        medium.set(link.isEmpty() && link.medium().isEmpty() ? UtmLink.DEFAULT_MEDIUM : link.medium());
        utmCampaign.set(link.campaign());
    }

    /** The address one account publishes; empty without a valid link. */
    public String finalUrlFor(Account account) {
        return previews.stream().filter(p -> p.account().equals(account)).map(Preview::url).findFirst().orElse("");
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty mediumProperty() {
        return medium;
    }

    public StringProperty campaignProperty() {
        return utmCampaign;
    }

    public ObservableList<Preview> previews() {
        return previews;
    }

    /** Empty, or why the link cannot be used. */
    public StringBinding problemBinding() {
        return problem;
    }

    /** What utm_campaign becomes when left blank. */
    public StringBinding campaignDefaultBinding() {
        return campaignDefault;
    }

    /** Every property a change of which changes the stored link. */
    Observable[] observables() {
        return new Observable[] {url, source, medium, utmCampaign};
    }
}
