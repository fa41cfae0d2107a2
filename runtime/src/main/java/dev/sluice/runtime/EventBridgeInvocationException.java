package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.Context;

/**
 * An EventBridge event whose decoding or processing threw: it fails the invocation, so that Lambda's asynchronous
 * retries and on-failure destination apply. The failure is logged first as one JSON line naming the event id (never
 * the event), like every other failure Sluice reports.
 */
public final class EventBridgeInvocationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private EventBridgeInvocationException(String function, String eventId, Exception cause) {
        super(function + " failed on event " + eventId + ": " + cause, cause);
    }

    /** Logs the failure of {@code event} and returns the exception that fails the invocation. */
    public static EventBridgeInvocationException failed(String function, Context context, EventBridgeEvent event,
            Exception error) {
        new FailureLog(function, "eventId", context).failed(event.id(), error);
        return new EventBridgeInvocationException(function, event.id(), error);
    }
}
