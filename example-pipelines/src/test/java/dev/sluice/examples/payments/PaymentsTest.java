package dev.sluice.examples.payments;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.runtime.SqsMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentsTest {

    private final List<Settlement> ledger = new ArrayList<>();
    private final Payments payments = new Payments(new FeeSchedule(), ledger::add);
    private final SqsMessage firstAttempt = new SqsMessage("m-1", 1, Instant.EPOCH, null, null,
            "arn:aws:sqs:us-east-1:123456789012:payment-queue", Map.of(), Map.of());

    @Test
    void settlesAPaymentNetOfFees() throws Exception {
        payments.processPayment(new Payment("pay-1", "cus-1", new BigDecimal("42.50"), "USD", "tok_1"), firstAttempt);

        // 2.9% of 42.50 = 1.2325, plus 0.30 = 1.5325, rounded half-even to cents = 1.53
        assertThat(ledger).containsExactly(new Settlement("pay-1", "cus-1", "USD", new BigDecimal("42.50"),
                new BigDecimal("1.53"), new BigDecimal("40.97"), 1));
    }

    @Test
    void zeroDecimalCurrenciesKeepWholeUnits() throws Exception {
        payments.processPayment(new Payment("pay-2", "cus-1", new BigDecimal("5000"), "JPY", "tok_2"), firstAttempt);

        assertThat(ledger.get(0).fee()).isEqualTo(new BigDecimal("185"));
        assertThat(ledger.get(0).net()).isEqualTo(new BigDecimal("4815"));
    }

    @Test
    void feeNeverExceedsTheAmount() throws Exception {
        payments.processPayment(new Payment("pay-3", "cus-1", new BigDecimal("0.10"), "USD", "tok_3"), firstAttempt);

        assertThat(ledger.get(0).fee()).isEqualTo(new BigDecimal("0.10"));
        assertThat(ledger.get(0).net()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void rejectsWhatCanNeverSettle() {
        assertRejected(new Payment("p", "c", new BigDecimal("10"), "CHF", "tok_1"), "currency CHF");
        assertRejected(new Payment("p", "c", new BigDecimal("-1"), "USD", "tok_1"), "amount must be positive");
        assertRejected(new Payment("p", "c", new BigDecimal("1.001"), "USD", "tok_1"), "more than 2 decimals");
        assertRejected(new Payment("p", "c", new BigDecimal("10000.01"), "USD", "tok_1"), "settlement limit");
        assertRejected(new Payment("p", "c", new BigDecimal("10"), "USD", "4111111111111111"), "not a vault token");
        assertRejected(new Payment(null, "c", new BigDecimal("10"), "USD", "tok_1"), "paymentId is missing");
        assertThat(ledger).isEmpty();
    }

    @Test
    void theLogLedgerWritesOneJsonLinePerSettlement() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new LogLedger(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8)).record(
                new Settlement("pay-1", "cus-1", "USD", new BigDecimal("42.50"), new BigDecimal("1.53"),
                        new BigDecimal("40.97"), 2));

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"event\":\"settled\","
                + "\"paymentId\":\"pay-1\",\"customerId\":\"cus-1\",\"currency\":\"USD\",\"gross\":\"42.50\","
                + "\"fee\":\"1.53\",\"net\":\"40.97\",\"attempt\":2}\n");
    }

    private void assertRejected(Payment payment, String reason) {
        PaymentRejectedException e = assertThrows(PaymentRejectedException.class,
                () -> payments.processPayment(payment, firstAttempt));
        assertThat(e).hasMessageThat().contains(reason);
    }
}
