package id.warta.service;

import java.util.List;

/**
 * A refused or failed action whose message the user reads in their language: subclasses name the
 * reasons, this class carries the message key and its arguments.
 */
public abstract class RefusalException extends RuntimeException implements UserFacingException {
    private final String messageKey;
    private final List<String> arguments;

    protected RefusalException(String reasonName, String messageKey, Throwable cause, String... arguments) {
        super(reasonName + (arguments.length == 0 ? "" : " " + List.of(arguments)), cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    @Override
    public final String messageKey() {
        return messageKey;
    }

    @Override
    public final List<String> arguments() {
        return arguments;
    }
}
