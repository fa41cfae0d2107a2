package dev.sluice.test;

import static com.google.common.truth.Truth.assertThat;
import static dev.sluice.test.SluiceAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A function as the descriptor describes it: its handler, environment, timeout and what Lambda would do next. */
class FunctionUnderTestTest {

    @Test
    void theHandlerSeesTheFunctionsEnvironmentDuringInitAndEachInvocationOnly() {
        FunctionUnderTest echo = FunctionUnderTest.named("echo");

        Invocation invocation = echo.invoke(SqsBatch.on("orders").message("fine"));

        assertThat(invocation).succeeded();
        assertThat(invocation).log().contains("table=shop-local-users mode=strict queue="
                + "https://sqs.us-east-1.amazonaws.com/123456789012/shop-local-audit remaining=20000 function=echo");
        assertThat(echo.environment()).containsEntry("SLUICE_KINESIS_STREAM_ARN_CLICKS",
                "arn:aws:kinesis:us-east-1:123456789012:stream/shop-local-clicks");
        assertThat(System.getProperty("SLUICE_TABLE_USERS")).isNull();
        assertThat(System.getProperty("MODE")).isNull();
    }

    @Test
    void reportedFailuresAndFunctionErrorsAreTold() {
        FunctionUnderTest echo = FunctionUnderTest.named("echo");

        Invocation poisoned = echo.invoke(SqsBatch.on("orders").message("a").message("poison").message("c"));
        assertThat(poisoned).reportedFailures(SqsBatch.messageId(2));
        assertThat(poisoned).failureOf("m-2").isEqualTo("java.lang.IllegalArgumentException: poisoned");
        assertThat(poisoned.failureOf("m-1")).isEmpty();
        assertThat(echo.invoke(SqsBatch.on("orders").message("boom"))).failed().hasMessageThat().isEqualTo("boom");
        AssertionError wrong = assertThrows(AssertionError.class,
                () -> assertThat(echo.invoke(SqsBatch.on("orders").message("poison"))).succeeded());
        assertThat(wrong).hasMessageThat().contains("expected no failed items");
    }

    @Test
    void remainingTimeAndGrantsCanBeChosen() {
        FunctionUnderTest echo = FunctionUnderTest.named("echo").withoutGrants().withEnvironment("MODE", "lax");

        Invocation invocation = echo.invoke(SqsBatch.on("orders").message("late"), Duration.ofMillis(1500));

        assertThat(invocation).log().contains("table=null mode=lax queue=null remaining=1500 function=echo");
    }

    @Test
    void anUnknownFunctionListsTheKnownOnes() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> FunctionUnderTest.named("ehco"));
        assertThat(thrown).hasMessageThat().isEqualTo("no function named \"ehco\" in shop; its functions are echo");
    }
}
