package dev.sluice.examples.payments;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Settlement> reviewed = new ArrayList<>();
    private final Reviews reviews = new Reviews(new PrintStream(out, true, StandardCharsets.UTF_8), reviewed::add);

    @Test
    void aLargeSettlementIsQueuedForReviewWithoutCustomerData() {
        reviews.reviewLargeSettlement(new Settlement("p-1005", "c-2", "EUR", new BigDecimal("120.00"),
                new BigDecimal("3.73"), new BigDecimal("116.27"), 1));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "{\"event\":\"large-settlement\",\"paymentId\":\"p-1005\",\"currency\":\"EUR\",\"net\":\"116.27\"}\n");
        assertThat(reviewed).hasSize(1);
    }

    @Test
    void theAnnouncementIsTheSettlementSubscribersDecode() {
        assertThat(SettlementTopic.json(new Settlement("p-\"1\"", null, "JPY", new BigDecimal("1E+3"),
                new BigDecimal("69"), new BigDecimal("931"), 2)))
                .isEqualTo("{\"paymentId\":\"p-\\\"1\\\"\",\"customerId\":null,\"currency\":\"JPY\",\"gross\":1000,"
                        + "\"fee\":69,\"net\":931,\"attempt\":2}");
    }
}
