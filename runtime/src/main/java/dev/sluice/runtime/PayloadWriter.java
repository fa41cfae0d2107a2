package dev.sluice.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

/** Writes values as JSON with Jackson databind, configured as {@link PayloadReader} is. */
public final class PayloadWriter<T> implements PayloadEncoder<T> {

    private final Class<T> type;
    private final ObjectWriter writer;

    private PayloadWriter(Class<T> type) {
        this.type = type;
        this.writer = PayloadReader.MAPPER.writerFor(type);
    }

    public static <T> PayloadWriter<T> of(Class<T> type) {
        return new PayloadWriter<>(type);
    }

    @Override
    public String write(T value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type.getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
