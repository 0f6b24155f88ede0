package id.warta.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** A broken rule in a style sheet silently drops every rule after it; catch it before a user sees the result. */
class StyleSheetTest {
    @Test
    void everyStyleSheetParsesWithoutErrors() throws Exception {
        for (String sheet : new String[] {"/css/warta.css", "/css/tokens-light.css", "/css/tokens-dark.css"}) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(getClass().getResource(sheet));
            assertThat(CssParser.errorsProperty()).as(sheet).isEmpty();
        }
    }
}
