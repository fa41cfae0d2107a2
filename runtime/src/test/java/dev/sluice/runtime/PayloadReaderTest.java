package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadReaderTest {

    record Order(String id, BigDecimal amount, List<String> tags) {}

    private final PayloadReader<Order> reader = PayloadReader.of(Order.class);

    @Test
    void decodesARecord() throws PayloadException {
        Order order = reader.read("{\"id\":\"o-1\",\"amount\":12.50,\"tags\":[\"gift\"]}");

        assertThat(order).isEqualTo(new Order("o-1", new BigDecimal("12.50"), List.of("gift")));
    }

    @Test
    void malformedJsonSaysWhereButNeverQuotesTheBody() {
        PayloadException e = assertThrows(PayloadException.class,
                () -> reader.read("{\"id\":\"secret-card-4111\",\"amount\":"));

        assertThat(e).hasMessageThat().startsWith("cannot decode body as Order: malformed JSON");
        assertThat(e).hasMessageThat().contains("line 1");
        assertThat(e).hasMessageThat().doesNotContain("secret-card-4111");
    }

    @Test
    void wrongTypeNamesThePathButNotTheValue() {
        PayloadException e = assertThrows(PayloadException.class,
                () -> reader.read("{\"id\":\"o-1\",\"amount\":\"twelve-secret\"}"));

        assertThat(e).hasMessageThat().contains("at $.amount");
        assertThat(e).hasMessageThat().doesNotContain("twelve-secret");
    }

    @Test
    void unknownPropertyIsAnErrorAsWithJacksonDefaults() {
        PayloadException e = assertThrows(PayloadException.class,
                () -> reader.read("{\"id\":\"o-1\",\"colour\":\"red\"}"));

        assertThat(e).hasMessageThat().contains("unknown property 'colour'");
    }

    @Test
    void jsonNullIsNotAPayload() {
        PayloadException e = assertThrows(PayloadException.class, () -> reader.read("null"));

        assertThat(e).hasMessageThat().isEqualTo("body is JSON null; expected Order");
    }

    @Test
    void emptyAndMissingBodiesFail() {
        assertThrows(PayloadException.class, () -> reader.read(""));
        assertThrows(PayloadException.class, () -> reader.read(null));
    }

    @Test
    void excessiveNestingFailsAsAPayloadErrorNotAStackOverflow() {
        record Envelope(Object data) {}
        String deep = "{\"data\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        PayloadException e = assertThrows(PayloadException.class, () -> PayloadReader.of(Envelope.class).read(deep));

        assertThat(e).hasMessageThat().contains("limits");
    }
}
