package ${package};

import static dev.sluice.test.SluiceAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.runtime.S3Upload;
import dev.sluice.test.BusEvent;
import dev.sluice.test.FunctionUnderTest;
import dev.sluice.test.SqsBatch;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The functions as Lambda calls them (through their generated handlers), and their code on its own. */
class OrdersTest {

    @Test
    void aBadOrderFailsAloneAndTheRestOfTheBatchIsDone() {
        // Without its grant the function logs orders instead of writing them to DynamoDB.
        FunctionUnderTest process = FunctionUnderTest.named("processOrder").withoutGrants();

        var invocation = process.invoke(SqsBatch.on("orders")
                .message(new Order("o-1", "c-1", "sku-red", 2))
                .message("{\"orderId\": \"o-2\", \"quantity\": \"many\"}")
                .message(new Order("o-3", "c-2", "sku-blue", 0))
                .message(new Order("o-4", "c-3", "sku-red", 5)));

        assertThat(invocation).reportedFailures(SqsBatch.messageId(2), SqsBatch.messageId(3));
        assertThat(invocation).failureOf(SqsBatch.messageId(3)).contains("quantity 0");
    }

    @Test
    void theNightlyReportRunsOnItsSchedule() {
        assertThat(FunctionUnderTest.named("nightly").invoke(BusEvent.scheduled(Instant.parse("2026-03-02T02:00:00Z"))))
                .succeeded();
    }

    @Test
    void eachRowOfAnUploadIsQueued() throws Exception {
        List<String> queued = new ArrayList<>();
        S3Upload upload = new S3Upload("inbox", "orders/day 1.csv", 42, "0123", null, "0055AED6DCD90281E5",
                "ObjectCreated:Put", Instant.parse("2026-03-02T10:00:00Z"));
        new Ingest(queued::addAll).ingestUpload(upload, new ByteArrayInputStream(
                "orderId,customerId,sku,quantity\no-1,c-1,sku-red,2\no-2,c-2,sku \"blue\",x\n"
                        .getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("{\"orderId\":\"o-1\",\"customerId\":\"c-1\",\"sku\":\"sku-red\",\"quantity\":2}",
                "{\"orderId\":\"o-2\",\"customerId\":\"c-2\",\"sku\":\"sku \\\"blue\\\"\",\"quantity\":\"x\"}"),
                queued);
    }
}
