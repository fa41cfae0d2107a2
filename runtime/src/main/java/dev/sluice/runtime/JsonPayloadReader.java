package dev.sluice.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.sluice.runtime.json.JsonDecodeException;
import dev.sluice.runtime.json.JsonValues;
import java.io.IOException;

/**
 * Decodes bodies with a decoder the Sluice processor generated for the payload type: straight-line code over
 * Jackson's streaming parser, with no reflection and no databind, accepting and rejecting exactly what a default
 * {@code ObjectMapper} would (see {@link JsonValues}).
 *
 * @param <T> the payload type
 */
public final class JsonPayloadReader<T> implements PayloadDecoder<T> {

    /** One factory per container; parsers from it are cheap. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final String typeName;
    private final JsonValues.Reader<T> decoder;

    private JsonPayloadReader(String typeName, JsonValues.Reader<T> decoder) {
        this.typeName = typeName;
        this.decoder = decoder;
    }

    /** A reader for {@code type} using the generated {@code decoder} (e.g. {@code Payment_JsonDecoder.INSTANCE}). */
    public static <T> JsonPayloadReader<T> of(Class<T> type, JsonValues.Reader<T> decoder) {
        return new JsonPayloadReader<>(type.getSimpleName(), decoder);
    }

    @Override
    public T read(String body) throws PayloadException {
        if (body == null) {
            throw new PayloadException("message has no body; expected JSON for " + typeName, null);
        }
        T value;
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new PayloadException("cannot decode body as " + typeName + ": no content", null);
            }
            if (first == JsonToken.VALUE_NULL) {
                throw new PayloadException("body is JSON null; expected " + typeName, null);
            }
            // Like databind's ObjectReader, anything after the first value is not read.
            value = decoder.read(parser);
        } catch (JsonDecodeException e) {
            throw new PayloadException("cannot decode body as " + typeName + ": " + e.getMessage(), e);
        } catch (StreamConstraintsException e) {
            throw new PayloadException("cannot decode body as " + typeName
                    + ": document exceeds Jackson's limits (nesting depth, number or string length)", e);
        } catch (JsonProcessingException e) {
            throw new PayloadException("cannot decode body as " + typeName + ": malformed JSON"
                    + (e instanceof JsonEOFException ? ", the document ends early" : "") + where(e.getLocation()), e);
        } catch (IOException e) {
            throw new PayloadException("cannot read body as " + typeName + ": " + e.getClass().getSimpleName(), e);
        } catch (RuntimeException e) {
            // A record's constructor rejected the values (databind reports the same as a mapping error).
            throw new PayloadException("cannot construct " + typeName + ": " + e, e);
        }
        return value;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() <= 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
