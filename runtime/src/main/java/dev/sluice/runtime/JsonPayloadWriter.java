package dev.sluice.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sluice.runtime.json.JsonWriters;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes values with an encoder the Sluice processor generated for their type: straight-line code over Jackson's
 * streaming generator, with no reflection and no databind, writing exactly what a default {@code ObjectMapper}
 * would (see {@link JsonWriters}).
 *
 * @param <T> the written type
 */
public final class JsonPayloadWriter<T> implements PayloadEncoder<T> {

    private final JsonWriters.Writer<T> encoder;

    private JsonPayloadWriter(JsonWriters.Writer<T> encoder) {
        this.encoder = encoder;
    }

    /** A writer for {@code type} using the generated {@code encoder} (e.g. {@code User_JsonEncoder.INSTANCE}). */
    public static <T> JsonPayloadWriter<T> of(Class<T> type, JsonWriters.Writer<T> encoder) {
        return new JsonPayloadWriter<>(encoder);
    }

    @Override
    public String write(T value) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator generator = JsonPayloadReader.FACTORY.createGenerator(out)) {
            JsonWriters.object(generator, value, encoder);
        } catch (IOException e) {
            // A StringWriter does not fail; the generator only reports its own misuse.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
