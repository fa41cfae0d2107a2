package dev.sluice.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * A JSON value that does not fit the type a generated decoder expects. Its message names the JSON path and what
 * was expected, never the value itself: message bodies may hold personal data and messages end up in logs.
 */
public final class JsonDecodeException extends IOException {

    private static final long serialVersionUID = 1L;

    private JsonDecodeException(String message) {
        super(message);
    }

    static JsonDecodeException at(JsonParser parser, String problem) {
        String path = parser.getParsingContext().pathAsPointer().toString();
        return new JsonDecodeException(problem + (path.isEmpty() ? "" : " at " + path));
    }
}
