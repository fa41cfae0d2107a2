package dev.sluice.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Reads an S3 notification event ({@code {"Records":[{"s3":{"bucket":{...},"object":{...}}}]}}) with the
 * streaming parser. Keys stay encoded here: decoding one can fail, and that must fail only its own record.
 */
public final class S3EventReader {

    /** One record, key still encoded. */
    public record Record(String bucket, String encodedKey, long size, String eTag, String versionId,
            String sequencer, String eventName, String eventTime) {

        /** The upload, with the key decoded. */
        public S3Upload upload() {
            return new S3Upload(bucket, S3Keys.decode(encodedKey), size, eTag, versionId, sequencer, eventName,
                    eventTime == null ? null : Instant.parse(eventTime));
        }
    }

    private S3EventReader() {}

    public static List<Record> read(InputStream event) throws IOException {
        return EventRecords.read(event, "S3", new EventRecords.RecordReader<>() {
            @Override
            public Record read(JsonParser parser) throws IOException {
                return record(parser);
            }
        });
    }

    private static Record record(JsonParser parser) throws IOException {
        String eventName = null;
        String eventTime = null;
        String bucket = null;
        String key = null;
        long size = 0;
        String eTag = null;
        String versionId = null;
        String sequencer = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("eventName")) {
                eventName = parser.getValueAsString();
            } else if (field.equals("eventTime")) {
                eventTime = parser.getValueAsString();
            } else if (field.equals("s3") && value == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String part = parser.currentName();
                    JsonToken partValue = parser.nextToken();
                    if (part.equals("bucket") && partValue == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String name = parser.currentName();
                            parser.nextToken();
                            if (name.equals("name")) {
                                bucket = parser.getValueAsString();
                            } else {
                                parser.skipChildren();
                            }
                        }
                    } else if (part.equals("object") && partValue == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String name = parser.currentName();
                            parser.nextToken();
                            switch (name) {
                                case "key" -> key = parser.getValueAsString();
                                case "size" -> size = parser.getValueAsLong();
                                case "eTag" -> eTag = parser.getValueAsString();
                                case "versionId" -> versionId = parser.getValueAsString();
                                case "sequencer" -> sequencer = parser.getValueAsString();
                                default -> parser.skipChildren();
                            }
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        return new Record(bucket, key, size, eTag, versionId, sequencer, eventName, eventTime);
    }
}
