package id.warta.service;

import java.util.List;

/** A refusal whose message a screen or the command line can show in the user's language. */
public interface UserFacingException {
    /** A key of the {@code i18n/messages} bundle. */
    String messageKey();

    /** The values for the message's placeholders, in order. */
    List<String> arguments();
}
