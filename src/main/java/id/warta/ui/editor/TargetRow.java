package id.warta.ui.editor;

import id.warta.domain.Account;
import java.time.LocalDateTime;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * One publication in the editor: the account, its local time and its own wording. The counter
 * counts what that account will publish: its wording, or the body when it has none.
 */
public final class TargetRow {
    private final Account account;
    private final ObjectProperty<LocalDateTime> time;
    private final StringProperty variant;
    private final IntegerBinding length;
    private final BooleanBinding overLimit;

    TargetRow(Account account, LocalDateTime time, String variant, ObservableStringValue body) {
        this.account = account;
        this.time = new SimpleObjectProperty<>(time);
        this.variant = new SimpleStringProperty(variant == null ? "" : variant);
        this.length = Bindings.createIntegerBinding(() -> published(body.get()).length(), this.variant, body);
        this.overLimit = Bindings.createBooleanBinding(() -> length.get() > limit(), length);
    }

    private String published(String body) {
        String own = variant.get();
        return own == null || own.isBlank() ? (body == null ? "" : body) : own;
    }

    public Account account() {
        return account;
    }

    public ObjectProperty<LocalDateTime> timeProperty() {
        return time;
    }

    public StringProperty variantProperty() {
        return variant;
    }

    public IntegerBinding lengthBinding() {
        return length;
    }

    public int limit() {
        return account.channel().textLimit();
    }

    public boolean limited() {
        return limit() != Integer.MAX_VALUE;
    }

    public BooleanBinding overLimitBinding() {
        return overLimit;
    }
}
