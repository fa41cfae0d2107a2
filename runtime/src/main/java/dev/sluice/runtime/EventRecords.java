package dev.sluice.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

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
}
