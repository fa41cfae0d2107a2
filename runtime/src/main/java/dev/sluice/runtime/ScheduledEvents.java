package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
            Map<String, Object> fields = (Map<String, Object>) value(parser);
            return fields;
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                map.put(name, value(parser));
            }
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(parser));
            }
            return list;
        }
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getNumberValue();
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return parser.getBooleanValue();
        }
        return null;
    }

    /** A scheduled invocation whose method threw. */
    public static final class ScheduledInvocationException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ScheduledInvocationException(String function, Exception cause) {
            super(function + " failed: " + cause, cause);
        }
    }
}
