package dev.sluice.runtime;

/**
 * A message body that could not be decoded into the method's payload type. Its message says what was wrong
 * and where in the document (a JSON path and position) but never quotes the body, which may hold personal
 * data and must not reach the logs.
 */
public final class PayloadException extends Exception {

    private static final long serialVersionUID = 1L;

    public PayloadException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
