package dev.sluice.runtime;

import static dev.sluice.runtime.EventRecords.skip;
import static dev.sluice.runtime.EventRecords.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an SNS event ({@code {"Records":[{"EventSubscriptionArn":..., "Sns":{...}}]}}) from the bytes Lambda hands a
 * stream handler, with Jackson's streaming parser. Signatures, certificate and unsubscribe URLs are skipped without
 * being decoded; unknown fields are skipped. SNS delivers one message per invocation, but the reader takes any number.
 */
public final class SnsEventReader {

    private SnsEventReader() {}

    public static List<SnsRecord> read(InputStream event) throws IOException {
        return EventRecords.read(event, "SNS", SnsEventReader::record);
    }

    private static SnsRecord record(JsonParser parser) throws IOException {
        String subscriptionArn = null;
        String messageId = null;
        String topicArn = null;
        String subject = null;
        String message = null;
        String timestamp = null;
        String type = null;
        Map<String, SnsRecord.MessageAttribute> attributes = Map.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("EventSubscriptionArn")) {
                subscriptionArn = text(parser);
            } else if (field.equals("Sns") && value == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken token = parser.nextToken();
                    switch (name) {
                        case "MessageId" -> messageId = text(parser);
                        case "TopicArn" -> topicArn = text(parser);
                        case "Subject" -> subject = text(parser);
                        case "Message" -> message = text(parser);
                        case "Timestamp" -> timestamp = text(parser);
                        case "Type" -> type = text(parser);
                        case "MessageAttributes" -> attributes = token == JsonToken.START_OBJECT
                                ? attributes(parser) : skip(parser);
                        default -> parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        return new SnsRecord(subscriptionArn, messageId, topicArn, subject, message, timestamp, type, attributes);
    }

    private static Map<String, SnsRecord.MessageAttribute> attributes(JsonParser parser) throws IOException {
        Map<String, SnsRecord.MessageAttribute> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            String type = null;
            String value = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "Type" -> type = text(parser);
                    case "Value" -> value = text(parser);
                    default -> parser.skipChildren();
                }
            }
            values.put(name, new SnsRecord.MessageAttribute(type, value));
        }
        return Collections.unmodifiableMap(values);
    }
}
