package dev.sluice.runtime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Decodes JSON message bodies into one payload type with Jackson databind, using its default settings, or those
 * with {@code FAIL_ON_UNKNOWN_PROPERTIES} off ({@link #ignoringUnknownProperties}). Generated handlers use it for the
 * payload types Sluice does not generate a decoder for (see {@link JsonPayloadReader}); it needs
 * {@code jackson-databind} on the class path, which the processor checks at compile time. A generated handler
 * creates one reader per payload type, once per container; {@link #read} is thread-safe.
 *
 * @param <T> the payload type: a record or a POJO Jackson can construct
 */
public final class PayloadReader<T> implements PayloadDecoder<T> {

    /** One mapper per container: building it is the expensive part, readers derived from it are cheap. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            // Never copy message content into exception messages: they end up in logs.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final Class<T> type;
    private final ObjectReader reader;

    private PayloadReader(Class<T> type, ObjectReader reader) {
        this.type = type;
        this.reader = reader;
    }

    /**
     * A reader for {@code type} with databind's defaults: a property the type does not declare is an error. Call
     * it once per container (a static or an instance field of the handler).
     */
    public static <T> PayloadReader<T> of(Class<T> type) {
        return new PayloadReader<>(type, MAPPER.readerFor(type));
    }

    /** A reader for {@code type} that skips properties the type does not declare (FAIL_ON_UNKNOWN_PROPERTIES off). */
    public static <T> PayloadReader<T> ignoringUnknownProperties(Class<T> type) {
        return new PayloadReader<>(type, MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    /** The payload type this reader produces. */
    public Class<T> type() {
        return type;
    }

    /**
     * Decodes one message body.
     *
     * @throws PayloadException if the body is not JSON, does not match the type, or is JSON {@code null}
     */
    public T read(String body) throws PayloadException {
        if (body == null) {
            throw new PayloadException("message has no body; expected JSON for " + type.getSimpleName(), null);
        }
        T value;
        try {
            value = reader.readValue(body);
        } catch (JsonProcessingException e) {
            throw new PayloadException(describe(e), e);
        } catch (IOException e) {
            throw new PayloadException("cannot read body as " + type.getSimpleName() + ": " + e.getClass().getSimpleName(), e);
        }
        if (value == null) {
            throw new PayloadException("body is JSON null; expected " + type.getSimpleName(), null);
        }
        return value;
    }

    /** Says what went wrong and where, without quoting the document. */
    private String describe(JsonProcessingException e) {
        JsonProcessingException root = e;
        while (root instanceof JsonMappingException && root.getCause() instanceof JsonProcessingException cause) {
            root = cause;
        }
        StringBuilder out = new StringBuilder("cannot decode body as ").append(type.getSimpleName()).append(": ");
        if (root instanceof StreamConstraintsException) {
            out.append("document exceeds Jackson's limits (nesting depth, number or string length)");
        } else if (root instanceof JsonEOFException) {
            out.append("malformed JSON, the document ends early");
        } else if (root instanceof StreamReadException) {
            out.append("malformed JSON");
        } else if (root instanceof UnrecognizedPropertyException unknown) {
            out.append("unknown property '").append(unknown.getPropertyName()).append('\'');
        } else if (root instanceof InvalidFormatException invalid) {
            out.append("value has the wrong format for ").append(simpleName(invalid.getTargetType()));
        } else if (root instanceof MismatchedInputException mismatched) {
            out.append(mismatched.getTargetType() == null
                    ? "unexpected input"
                    : "value does not fit " + simpleName(mismatched.getTargetType()));
        } else {
            out.append("cannot construct ").append(type.getSimpleName());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            out.append(" at ").append(path(mapping));
        }
        JsonLocation location = root.getLocation();
        if (location != null && location.getLineNr() > 0) {
            out.append(" (line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr())
                    .append(')');
        }
        return out.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "the target type" : type.getSimpleName();
    }
}
