package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.Context;

/**
 * An SNS message whose decoding or processing threw: it fails the invocation, so that Lambda's asynchronous retries
 * and on-failure destination apply. The failure is logged first as one JSON line naming the message id (never the
 * message), like every other failure Sluice reports.
 */
public final class SnsInvocationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private SnsInvocationException(String function, String messageId, Exception cause) {
        super(function + " failed on SNS message " + messageId + ": " + cause, cause);
    }

    /** Logs the failure of {@code message} and returns the exception that fails the invocation. */
    public static SnsInvocationException failed(String function, Context context, SnsRecord message,
            Exception error) {
        new FailureLog(function, "messageId", context).failed(message.messageId(), error);
        return new SnsInvocationException(function, message.messageId(), error);
    }
}
