package dev.sluice.runtime;

/**
 * Turns a message body into the method's payload type. Generated handlers hold one per payload type, created
 * once per container: a {@link JsonPayloadReader} around a decoder Sluice generated at compile time, or a
 * {@link PayloadReader} (Jackson databind) for types the generator does not cover.
 *
 * @param <T> the payload type
 */
public interface PayloadDecoder<T> {

    /**
     * Decodes one body.
     *
     * @throws PayloadException if the body is not JSON, does not fit the type, or is JSON {@code null}
     */
    T read(String body) throws PayloadException;
}
