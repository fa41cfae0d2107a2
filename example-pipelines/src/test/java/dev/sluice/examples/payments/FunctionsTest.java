package dev.sluice.examples.payments;

import static dev.sluice.test.SluiceAssertions.assertThat;

import dev.sluice.test.ApiRequest;
import dev.sluice.test.BusEvent;
import dev.sluice.test.FunctionUnderTest;
import dev.sluice.test.KinesisBatch;
import dev.sluice.test.SqsBatch;
import dev.sluice.test.StreamBatch;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The example's functions invoked as Lambda invokes them — through their generated handlers, with realistic events
 * and the environment the descriptor gives them — asserting on what Lambda would do next.
 */
class FunctionsTest {

    private static final Settlement SETTLED = new Settlement("p-1005", "c-2", "EUR", new BigDecimal("120.00"),
            new BigDecimal("3.73"), new BigDecimal("116.27"), 1);

    @Test
    void aPoisonMessageFailsAloneAndTheRestOfTheBatchIsDeleted() {
        FunctionUnderTest archive = FunctionUnderTest.named("archiveSettlement");

        var invocation = archive.invoke(SqsBatch.on("settlement-archive")
                .message(SETTLED)
                .message("{\"paymentId\": \"p-1006\", \"net\": \"not a number\"}")
                .message(SETTLED));

        assertThat(invocation).reportedFailures(SqsBatch.messageId(2));
        assertThat(invocation).failureOf(SqsBatch.messageId(2)).contains("net");
    }

    @Test
    void aStreamCheckpointsAtItsFirstFailingRecordAndProcessesNothingAfterIt() {
        FunctionUnderTest audit = FunctionUnderTest.named("auditLog");
        UserAudit.User ada = new UserAudit.User("u-1", "ada@example.com", "Ada", "pro", null);
        UserAudit.User noId = new UserAudit.User(null, "anon@example.com", null, null, null);

        var invocation = audit.invoke(StreamBatch.on("users", "userId")
                .insert(ada)
                .modify(ada, noId)
                .remove(ada));

        assertThat(invocation).checkpointsAt(StreamBatch.sequenceNumber(2));
    }

    @Test
    void theTimeoutGuardCheckpointsBeforeRunningOutOfTime() {
        FunctionUnderTest audit = FunctionUnderTest.named("auditLog");
        UserAudit.User ada = new UserAudit.User("u-1", "ada@example.com", "Ada", "pro", null);

        // With less time left than the handler's margin, it starts nothing and asks Lambda to retry from the first.
        var invocation = audit.invoke(StreamBatch.on("users", "userId").insert(ada), Duration.ofMillis(500));

        assertThat(invocation).checkpointsAt(StreamBatch.sequenceNumber(1));
    }

    @Test
    void aBatchMethodGetsTheRecordsBeforeTheFirstItCannotDecode() {
        FunctionUnderTest score = FunctionUnderTest.named("scoreRisk");

        var invocation = score.invoke(KinesisBatch.on("risk-signals")
                .record("c-2", new Risk.Signal("c-2", "p-1005", "large-settlement", BigDecimal.TEN, "EUR"))
                .record("c-3", "{\"customerId\": ")
                .record("c-4", new Risk.Signal("c-4", "p-1007", "large-settlement", BigDecimal.ONE, "USD")));

        assertThat(invocation).checkpointsAt(KinesisBatch.sequenceNumber(2));
    }

    @Test
    void anEventThatMatchesTheRuleIsHandled() {
        // Without its grant the function has no stream to put on, so nothing leaves the test.
        FunctionUnderTest flag = FunctionUnderTest.named("flagForRisk").withoutGrants();

        assertThat(flag.invoke(BusEvent.of(ReviewEvents.SOURCE, ReviewEvents.DETAIL_TYPE,
                SettlementTopic.json(SETTLED)))).succeeded();
        assertThat(flag.invoke(BusEvent.of(ReviewEvents.SOURCE, ReviewEvents.DETAIL_TYPE, "{\"net\": \"lots\"}")))
                .failed().hasMessageThat().contains("flagForRisk failed on event");
    }

    @Test
    void theHttpFunctionAnswersAsApiGatewayWouldRelayIt() {
        FunctionUnderTest api = FunctionUnderTest.named("publicApi");

        var invocation = api.invoke(ApiRequest.get("/{proxy+}").path("proxy", "health").rest());

        assertThat(invocation).hasStatusCode(200);
        assertThat(invocation).response().contains("GET /health for anonymous");
    }
}
