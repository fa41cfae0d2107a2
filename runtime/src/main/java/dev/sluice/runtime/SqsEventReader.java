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
 * Reads an SQS event ({@code {"Records":[...]}}) from the bytes Lambda hands a stream handler, with Jackson's
 * streaming parser: no databind, no reflection, no event model classes. Unknown fields are skipped, so fields
 * AWS adds later do no harm. A malformed event fails the invocation (Lambda then retries the batch): it never
 * comes from a user, only from Lambda itself.
 *
 * <p>{@link #read} materialises only what handlers use (message id, body, queue ARN, system and message
 * attributes); the parser skips the other strings without decoding them. {@link #readComplete} keeps every field, for methods
 * that take the aws-lambda-java-events message.
 */
public final class SqsEventReader {

    private SqsEventReader() {}

    /** The records, with the fields handlers use; the others are null or empty. */
    public static List<SqsRecord> read(InputStream event) throws IOException {
        return read(event, false);
    }

    /** The records with every field of the event. */
    public static List<SqsRecord> readComplete(InputStream event) throws IOException {
        return read(event, true);
    }

    private static List<SqsRecord> read(InputStream event, boolean complete) throws IOException {
        return EventRecords.read(event, "SQS", new EventRecords.RecordReader<>() {
            @Override
            public SqsRecord read(JsonParser parser) throws IOException {
                return record(parser, complete);
            }
        });
    }

    private static SqsRecord record(JsonParser parser, boolean complete) throws IOException {
        String messageId = null;
        String receiptHandle = null;
        String body = null;
        String md5OfBody = null;
        String md5OfMessageAttributes = null;
        String eventSource = null;
        String eventSourceArn = null;
        String awsRegion = null;
        Map<String, String> attributes = Map.of();
        Map<String, SqsRecord.MessageAttribute> messageAttributes = Map.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "messageId" -> messageId = text(parser);
                case "body" -> body = text(parser);
                case "eventSourceARN" -> eventSourceArn = text(parser);
                case "attributes" -> attributes = value == JsonToken.START_OBJECT ? strings(parser) : skip(parser);
                case "messageAttributes" -> messageAttributes =
                        value == JsonToken.START_OBJECT ? messageAttributes(parser) : skip(parser);
                default -> {
                    if (!complete) {
                        parser.skipChildren(); // strings not asked for are never decoded
                        continue;
                    }
                    switch (field) {
                        case "receiptHandle" -> receiptHandle = text(parser);
                        case "md5OfBody" -> md5OfBody = text(parser);
                        case "md5OfMessageAttributes" -> md5OfMessageAttributes = text(parser);
                        case "eventSource" -> eventSource = text(parser);
                        case "awsRegion" -> awsRegion = text(parser);
                        default -> parser.skipChildren();
                    }
                }
            }
        }
        return new SqsRecord(messageId, receiptHandle, body, md5OfBody, md5OfMessageAttributes, eventSource,
                eventSourceArn, awsRegion, attributes, messageAttributes);
    }

    private static Map<String, String> strings(JsonParser parser) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            values.put(name, text(parser));
        }
        return Collections.unmodifiableMap(values);
    }

    private static Map<String, SqsRecord.MessageAttribute> messageAttributes(JsonParser parser) throws IOException {
        Map<String, SqsRecord.MessageAttribute> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            String dataType = null;
            String stringValue = null;
            String binaryValue = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "dataType" -> dataType = text(parser);
                    case "stringValue" -> stringValue = text(parser);
                    case "binaryValue" -> binaryValue = text(parser);
                    default -> parser.skipChildren();
                }
            }
            values.put(name, new SqsRecord.MessageAttribute(dataType, stringValue, binaryValue));
        }
        return Collections.unmodifiableMap(values);
    }
}
