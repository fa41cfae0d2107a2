package dev.sluice.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The envelope AWS event sources share, {@code {"Records":[{...}, ...]}}: reads each record object with a
 * source-specific reader and skips every other field, so fields AWS adds later do no harm.
 */
final class EventRecords {

    /** Reads one record; the parser is on the record's {@code START_OBJECT} and must end on its {@code END_OBJECT}. */
    @FunctionalInterface
    interface RecordReader<T> {
        T read(JsonParser parser) throws IOException;
    }

    private EventRecords() {}

    static <T> List<T> read(InputStream event, String source, RecordReader<T> reader) throws IOException {
        List<T> records = new ArrayList<>();
        try (JsonParser parser = JsonPayloadReader.FACTORY.createParser(event)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the " + source + " event must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && field.equals("Records")) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        records.add(reader.read(parser));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return records;
    }

    /** A scalar as text; null for JSON null; structures are skipped and read as null. */
    static String text(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isStructStart()) {
            parser.skipChildren();
            return null;
        }
        return parser.getText();
    }

    /** Skips the structure the parser is on; an empty map stands for it. */
    static <V> Map<String, V> skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return Map.of();
    }
}
