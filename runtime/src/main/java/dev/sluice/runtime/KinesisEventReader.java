package dev.sluice.runtime;

import static dev.sluice.runtime.EventRecords.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Reads a Kinesis event ({@code {"Records":[{"kinesis":{"partitionKey":..., "sequenceNumber":..., "data":...},
 * "eventID":"shardId-...:...", "eventSourceARN":...}]}}) from the bytes Lambda hands a stream handler, with Jackson's
 * streaming parser; each record's data is base64-decoded. Unknown fields are skipped.
 */
public final class KinesisEventReader {

    private KinesisEventReader() {}

    public static List<KinesisRecord> read(InputStream event) throws IOException {
        return EventRecords.read(event, "Kinesis", KinesisEventReader::record);
    }

    private static KinesisRecord record(JsonParser parser) throws IOException {
        String sequenceNumber = null;
        String partitionKey = null;
        String data = null;
        Instant arrival = null;
        String eventId = null;
        String source = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("kinesis") && value == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken token = parser.nextToken();
                    switch (name) {
                        case "sequenceNumber" -> sequenceNumber = text(parser);
                        case "partitionKey" -> partitionKey = text(parser);
                        case "data" -> data = text(parser);
                        case "approximateArrivalTimestamp" -> arrival = token.isNumeric()
                                ? instant(parser.getDecimalValue()) : skipped(parser);
                        default -> parser.skipChildren();
                    }
                }
            } else if (field.equals("eventID")) {
                eventId = text(parser);
            } else if (field.equals("eventSourceARN")) {
                source = text(parser);
            } else {
                parser.skipChildren();
            }
        }
        String shardId = eventId == null || eventId.indexOf(':') < 0 ? null : eventId.substring(0, eventId.indexOf(':'));
        byte[] bytes;
        try {
            bytes = data == null ? new byte[0] : Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new IOException("the data of Kinesis record " + sequenceNumber + " is not base64", e);
        }
        return new KinesisRecord(sequenceNumber, partitionKey, shardId, bytes, arrival, source);
    }

    /** Kinesis's arrival time: seconds since the epoch, with a fraction. */
    private static Instant instant(BigDecimal seconds) {
        return Instant.ofEpochSecond(seconds.longValue(),
                seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }

    private static Instant skipped(JsonParser parser) throws IOException {
        parser.skipChildren();
        return null;
    }
}
