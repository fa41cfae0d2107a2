package dev.sluice.examples.payments;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Risk.Signal> signals = new ArrayList<>();
    private final Risk risk = new Risk(new PrintStream(out, true, StandardCharsets.UTF_8), signals::add);

    @Test
    void aReviewedSettlementBecomesASignalKeyedByItsCustomer() {
        risk.flagForRisk(new Settlement("p-1005", "c-2", "EUR", new BigDecimal("120.00"), new BigDecimal("3.73"),
                new BigDecimal("116.27"), 1));

        assertThat(signals).containsExactly(new Risk.Signal("c-2", "p-1005", "large-settlement",
                new BigDecimal("116.27"), "EUR"));
        assertThat(Risk.SignalStream.json(signals.get(0))).isEqualTo("{\"customerId\":\"c-2\",\"paymentId\":"
                + "\"p-1005\",\"reason\":\"large-settlement\",\"amount\":116.27,\"currency\":\"EUR\"}");
    }

    @Test
    void eachSignalOfABatchIsScored() {
        risk.scoreRisk(List.of(new Risk.Signal("c-2", "p-1005", "large-settlement", BigDecimal.TEN, "EUR"),
                new Risk.Signal("c-9", "p-2000", "large-settlement", BigDecimal.ONE, "USD")));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "{\"event\":\"risk-signal\",\"customerId\":\"c-2\",\"paymentId\":\"p-1005\",\"reason\":\"large-settlement\"}\n"
                        + "{\"event\":\"risk-signal\",\"customerId\":\"c-9\",\"paymentId\":\"p-2000\",\"reason\":"
                        + "\"large-settlement\"}\n");
    }
}
