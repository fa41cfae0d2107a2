package dev.sluice.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reads a DynamoDB stream event with the streaming parser, turning each image from DynamoDB's typed JSON
 * ({@code {"price":{"N":"12.50"},"tags":{"SS":["a"]}}}) into plain JSON ({@code {"price":12.50,"tags":["a"]}}),
 * so that the same decoders as for message payloads build the user's type: numbers stay numbers with their exact
 * digits, sets become arrays, maps objects, binary values base64 strings. No AWS SDK, no AttributeValue.
 */
public final class StreamEventReader {

    /**
     * One stream record; images as plain JSON text, decoded on demand. The {@code raw} part is filled by
     * {@link #readComplete} only, for methods that take the aws-lambda-java-events record.
     */
    public record Record(String eventName, String sequenceNumber, long approximateCreationSeconds, String keys,
            String oldImage, String newImage, Raw raw) {

        /** The change, images decoded with {@code decoder}. */
        public <T> Change<T> change(PayloadDecoder<T> decoder) throws PayloadException, IOException {
            return new Change<>(Change.Type.valueOf(eventName), keys == null ? Map.of() : plainMap(keys),
                    oldImage == null ? null : decoder.read(oldImage),
                    newImage == null ? null : decoder.read(newImage),
                    sequenceNumber, Instant.ofEpochSecond(approximateCreationSeconds));
        }
    }

    /**
     * The rest of a record, as DynamoDB sent it: typed images and the envelope fields.
     *
     * @param keys the keys as DynamoDB typed JSON, or null; likewise {@code oldImage} and {@code newImage}
     */
    public record Raw(String eventId, String eventVersion, String eventSource, String awsRegion,
            String eventSourceArn, Long sizeBytes, String streamViewType, String keys, String oldImage,
            String newImage) {}

    private StreamEventReader() {}

    /** The records with what {@link Change} needs. */
    public static List<Record> read(InputStream event) throws IOException {
        return read(event, false);
    }

    /** The records with every field, typed images included. */
    public static List<Record> readComplete(InputStream event) throws IOException {
        return read(event, true);
    }

    private static List<Record> read(InputStream event, boolean complete) throws IOException {
        return EventRecords.read(event, "DynamoDB stream", new EventRecords.RecordReader<>() {
            @Override
            public Record read(JsonParser parser) throws IOException {
                return record(parser, complete);
            }
        });
    }

    private static Record record(JsonParser parser, boolean complete) throws IOException {
        String eventName = null;
        String sequenceNumber = null;
        long created = 0;
        String[] images = new String[3]; // keys, old, new: plain JSON
        String[] typed = new String[3]; // the same, typed, when complete
        String eventId = null;
        String eventVersion = null;
        String eventSource = null;
        String awsRegion = null;
        String eventSourceArn = null;
        Long sizeBytes = null;
        String streamViewType = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "eventName" -> eventName = parser.getValueAsString();
                case "eventID" -> eventId = parser.getValueAsString();
                case "eventVersion" -> eventVersion = parser.getValueAsString();
                case "eventSource" -> eventSource = parser.getValueAsString();
                case "awsRegion" -> awsRegion = parser.getValueAsString();
                case "eventSourceARN" -> eventSourceArn = parser.getValueAsString();
                case "dynamodb" -> {
                    if (value != JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        break;
                    }
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String part = parser.currentName();
                        JsonToken partValue = parser.nextToken();
                        int image = switch (part) {
                            case "Keys" -> 0;
                            case "OldImage" -> 1;
                            case "NewImage" -> 2;
                            default -> -1;
                        };
                        if (image >= 0 && partValue == JsonToken.START_OBJECT) {
                            if (complete) {
                                typed[image] = copy(parser);
                                try (JsonParser again = JsonPayloadReader.FACTORY.createParser(typed[image])) {
                                    again.nextToken();
                                    images[image] = plain(again);
                                }
                            } else {
                                images[image] = plain(parser);
                            }
                            continue;
                        }
                        switch (part) {
                            case "SequenceNumber" -> sequenceNumber = parser.getValueAsString();
                            case "ApproximateCreationDateTime" -> created = parser.getValueAsLong();
                            case "SizeBytes" -> sizeBytes = parser.getValueAsLong();
                            case "StreamViewType" -> streamViewType = parser.getValueAsString();
                            default -> parser.skipChildren();
                        }
                    }
                }
                default -> parser.skipChildren();
            }
        }
        Raw raw = complete
                ? new Raw(eventId, eventVersion, eventSource, awsRegion, eventSourceArn, sizeBytes, streamViewType,
                        typed[0], typed[1], typed[2])
                : null;
        return new Record(eventName, sequenceNumber, created, images[0], images[1], images[2], raw);
    }

    /** The structure the parser is on, as JSON text, unchanged. */
    private static String copy(JsonParser parser) throws IOException {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator out = JsonPayloadReader.FACTORY.createGenerator(text)) {
            out.copyCurrentStructure(parser);
        }
        return text.toString();
    }

    private static String skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return null;
    }

    /** The item map the parser is on, as plain JSON text. */
    private static String plain(JsonParser parser) throws IOException {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator out = JsonPayloadReader.FACTORY.createGenerator(text)) {
            item(parser, out);
        }
        return text.toString();
    }

    /** {@code {"name": {"S": "x"}, ...}} → {@code {"name": "x", ...}}. */
    private static void item(JsonParser parser, JsonGenerator out) throws IOException {
        out.writeStartObject();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            out.writeFieldName(parser.currentName());
            parser.nextToken();
            attribute(parser, out);
        }
        out.writeEndObject();
    }

    /** One typed attribute value ({@code {"N": "5"}}), the parser on its start. */
    private static void attribute(JsonParser parser, JsonGenerator out) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME) {
            throw new IOException("not a DynamoDB attribute value");
        }
        String type = parser.currentName();
        parser.nextToken();
        switch (type) {
            case "S", "B" -> out.writeString(parser.getText());
            case "N" -> out.writeNumber(parser.getText()); // the digits exactly as DynamoDB stored them
            case "BOOL" -> out.writeBoolean(parser.getBooleanValue());
            case "NULL" -> out.writeNull();
            case "M" -> item(parser, out);
            case "L" -> {
                out.writeStartArray();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    attribute(parser, out);
                }
                out.writeEndArray();
            }
            case "SS", "BS" -> {
                out.writeStartArray();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    out.writeString(parser.getText());
                }
                out.writeEndArray();
            }
            case "NS" -> {
                out.writeStartArray();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    out.writeNumber(parser.getText());
                }
                out.writeEndArray();
            }
            default -> throw new IOException("unknown DynamoDB attribute type " + type);
        }
        if (parser.nextToken() != JsonToken.END_OBJECT) {
            throw new IOException("a DynamoDB attribute value has exactly one type");
        }
    }

    /** Plain JSON keys as Java values: strings, BigDecimal numbers, booleans, lists and maps. */
    static Map<String, Object> plainMap(String json) throws IOException {
        try (JsonParser parser = JsonPayloadReader.FACTORY.createParser(json)) {
            parser.nextToken();
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) JsonText.value(parser, true);
            return map;
        }
    }
}
