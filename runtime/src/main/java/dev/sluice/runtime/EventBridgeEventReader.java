package dev.sluice.runtime;

import static dev.sluice.runtime.EventRecords.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the event an EventBridge rule delivers ({@code {"version":"0","id":...,"detail-type":...,"source":...,
 * "detail":{...}}}) from the bytes Lambda hands a stream handler, with Jackson's streaming parser: the envelope's
 * fields as values, the {@code detail} copied as JSON text for the payload decoder. Unknown fields are skipped.
 */
public final class EventBridgeEventReader {

    private EventBridgeEventReader() {}

    public static EventBridgeEvent read(InputStream input) throws IOException {
        try (JsonParser parser = JsonPayloadReader.FACTORY.createParser(input)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the EventBridge event must be a JSON object");
            }
            String id = null;
            String source = null;
            String detailType = null;
            String account = null;
            String time = null;
            String region = null;
            List<String> resources = new ArrayList<>();
            String detail = "{}";
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> id = text(parser);
                    case "source" -> source = text(parser);
                    case "detail-type" -> detailType = text(parser);
                    case "account" -> account = text(parser);
                    case "time" -> time = text(parser);
                    case "region" -> region = text(parser);
                    case "resources" -> {
                        if (value == JsonToken.START_ARRAY) {
                            while (parser.nextToken() != JsonToken.END_ARRAY) {
                                resources.add(text(parser));
                            }
                        } else {
                            parser.skipChildren();
                        }
                    }
                    case "detail" -> detail = json(parser);
                    default -> parser.skipChildren();
                }
            }
            return new EventBridgeEvent(id, source, detailType, account, instant(time), region, resources, detail);
        }
    }

    /** The value the parser is on, written back as compact JSON text. */
    private static String json(JsonParser parser) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JsonPayloadReader.FACTORY.createGenerator(out)) {
            generator.copyCurrentStructure(parser);
        }
        return out.toString();
    }

    private static Instant instant(String time) {
        if (time == null) {
            return null;
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
