package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What handlers of {@code @Schedule} functions need from EventBridge's scheduled event
 * ({@code {"version":"0","id":...,"detail-type":"Scheduled Event","source":"aws.events","time":...}}), read with
 * the streaming parser, and how they fail.
 */
public final class ScheduledEvents {

    private ScheduledEvents() {}

    /** The event's {@code time}: when the rule fired, as scheduled (UTC). */
    public static Instant time(byte[] event) throws IOException {
        Object time = fields(event).get("time");
        if (!(time instanceof String text)) {
            throw new IOException("the scheduled event has no time");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IOException("the scheduled event's time is not an ISO-8601 instant", e);
        }
    }

    /**
     * Logs the failure as one JSON line and returns the exception the handler throws: the invocation fails, and
     * Lambda's asynchronous retries (then the on-failure destination, if any) apply.
     */
    public static RuntimeException failed(String function, Context context, Exception error) {
        new FailureLog(function, "requestId", context).failed(context == null ? "" : context.getAwsRequestId(), error);
        return new ScheduledInvocationException(function, error);
    }

    /** The top-level fields of the event: strings, numbers, booleans, nulls, lists and maps. */
    static Map<String, Object> fields(byte[] event) throws IOException {
        try (JsonParser parser = JsonPayloadReader.FACTORY.createParser(event)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a scheduled event must be a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) JsonText.value(parser, false);
            return fields;
        }
    }

    /** A scheduled invocation whose method threw. */
    public static final class ScheduledInvocationException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ScheduledInvocationException(String function, Exception cause) {
            super(function + " failed: " + cause, cause);
        }
    }
}
