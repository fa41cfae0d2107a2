package dev.sluice.examples.payments;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadsTest {

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private final List<Payment> queued = new ArrayList<>();
    private final Uploads uploads = new Uploads(new FeeSchedule(), queued::addAll);

    @Test
    void previewsAcceptedRowsAndCountsRejectedOnes() throws Exception {
        Uploads.Preview preview = uploads.preview("uploads/m-17.csv", csv("""
                paymentId,customerId,amount,currency,cardToken
                p1,c1,42.50,USD,tok_1
                p2,c1,10.00,USD,tok_2
                p3,c2,15.00,CHF,tok_3
                p4,c2,-1,EUR,tok_4
                p5,c3,5000,JPY,tok_5

                p6,c3,abc,USD,tok_6
                """));

        // USD: 42.50 + 10.00 = 52.50 gross; fees 1.53 + 0.59 = 2.12. JPY: 5000 gross, fee 185.
        assertThat(preview.report()).isEqualTo("{\"source\":\"uploads/m-17.csv\",\"accepted\":3,\"rejected\":3,\"totals\":{"
                + "\"JPY\":{\"gross\":\"5000\",\"fees\":\"185\"},\"USD\":{\"gross\":\"52.50\",\"fees\":\"2.12\"}}}");
        assertThat(preview.accepted()).containsExactly(
                new Payment("p1", "c1", new BigDecimal("42.50"), "USD", "tok_1"),
                new Payment("p2", "c1", new BigDecimal("10.00"), "USD", "tok_2"),
                new Payment("p5", "c3", new BigDecimal("5000"), "JPY", "tok_5")).inOrder();
    }

    @Test
    void queuedPaymentsAreTheJsonProcessPaymentReads() {
        assertThat(SqsPaymentQueue.json(new Payment("p\"1", "c1", new BigDecimal("1E+3"), "USD", "tok_\\1")))
                .isEqualTo("{\"paymentId\":\"p\\\"1\",\"customerId\":\"c1\",\"amount\":1000,\"currency\":\"USD\","
                        + "\"cardToken\":\"tok_\\\\1\"}");
    }

    @Test
    void aFileWithoutTheHeaderFailsItsRecord() {
        IOException e = assertThrows(IOException.class,
                () -> uploads.preview("uploads/x.csv", csv("p1,c1,1,USD,tok_1\n")));
        assertThat(e).hasMessageThat().contains("does not start with the header");
    }
}
