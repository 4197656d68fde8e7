package org.weconomics.support.events.inbox;

/**
 * An event that no retry can apply (unknown type, payload that breaks its contract); it goes to the
 * dead-letter topic at once, with this message as the reason.
 */
public class UnprocessableEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnprocessableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
