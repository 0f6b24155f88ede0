package id.warta.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.domain.Role;
import id.warta.domain.User;
import id.warta.service.Messages;
import id.warta.service.TeamException;
import id.warta.ui.common.SameThreadTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The team card's rules: what must be typed, the remembered password, and a refusal in words. */
class TeamSignInViewModelTest {
    final Messages messages = new Messages(Locale.ENGLISH);
    final List<String> attempts = new ArrayList<>();
    final User sari = new User("u1", "sari", "Sari", Set.of(Role.STAFF), true, 0);

    TeamSignInViewModel model(boolean remembered, String rightPassword) {
        return new TeamSignInViewModel((login, password, remember) -> {
            attempts.add(login + ":" + new String(password) + ":" + remember);
            if (password.length == 0 ? !remembered : !new String(password).equals(rightPassword)) {
                throw new TeamException(TeamException.Reason.LOGIN_FAILED, login, "db:5432/warta (warta)");
            }
            return sari;
        }, login -> remembered && login.equals("sari"), new SameThreadTasks(), messages);
    }

    @Test
    void aLoginAndAPasswordAreNeededUnlessOneIsRemembered() {
        TeamSignInViewModel model = model(false, "benar");
        model.signIn();
        assertThat(model.errorProperty().get()).isEqualTo("Enter your PostgreSQL login.");
        model.loginProperty().set("sari");
        model.signIn();
        assertThat(model.errorProperty().get()).isEqualTo("Enter your password.");
        assertThat(attempts).isEmpty();
    }

    @Test
    void aRefusalIsShownInWordsAndThePasswordFieldEmpties() {
        TeamSignInViewModel model = model(false, "benar");
        model.loginProperty().set("sari");
        model.passwordProperty().set("salah");
        model.rememberProperty().set(true);
        model.signIn();
        assertThat(model.errorProperty().get()).startsWith("Login sari was refused by db:5432/warta (warta)");
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.signedInProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();

        model.passwordProperty().set("benar");
        model.signIn();
        assertThat(model.signedInProperty().get()).isEqualTo(sari);
        assertThat(attempts).containsExactly("sari:salah:true", "sari:benar:true");
    }

    @Test
    void aRememberedPasswordSignsInStraightAwayAndBelongsToItsLoginOnly() {
        TeamSignInViewModel model = model(true, "benar");
        model.loginProperty().set("sari");
        model.checkRemembered(true);
        assertThat(model.signedInProperty().get()).isEqualTo(sari);
        assertThat(attempts).containsExactly("sari::false");

        TeamSignInViewModel other = model(true, "benar");
        other.loginProperty().set("sari");
        other.checkRemembered(false);
        assertThat(other.passwordRememberedProperty().get()).isTrue();
        other.loginProperty().set("budi");
        assertThat(other.passwordRememberedProperty().get()).isFalse();
    }
}
