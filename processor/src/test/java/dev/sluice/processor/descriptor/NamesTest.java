package dev.sluice.processor.descriptor;

import static com.google.common.truth.Truth.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void logicalIds() {
        assertThat(Names.queueId("payment-queue")).isEqualTo("PaymentQueue");
        assertThat(Names.queueId("orders")).isEqualTo("OrdersQueue");
        assertThat(Names.queueId("orders.fifo")).isEqualTo("OrdersFifoQueue");
        assertThat(Names.deadLetterQueueId("orders")).isEqualTo("OrdersQueueDeadLetter");
        assertThat(Names.tableId("users")).isEqualTo("UsersTable");
        assertThat(Names.bucketId("my-uploads-bucket")).isEqualTo("MyUploadsBucket");
        // The Serverless Framework's own normalisation, so ids sit next to ProcessPaymentLambdaFunction.
        assertThat(Names.roleId("processPayment")).isEqualTo("ProcessPaymentIamRole");
        assertThat(Names.roleId("process-payment")).isEqualTo("ProcessDashpaymentIamRole");
    }

    @Test
    void environmentVariables() {
        assertThat(Names.tableEnv("users")).isEqualTo("SLUICE_TABLE_USERS");
        assertThat(Names.bucketEnv("my-uploads-bucket")).isEqualTo("SLUICE_BUCKET_MY_UPLOADS_BUCKET");
        assertThat(Names.queueUrlEnv("orders.fifo")).isEqualTo("SLUICE_QUEUE_URL_ORDERS_FIFO");
    }

    @Test
    void environmentVariablesMatchWhatTheRuntimeReads() throws Exception {
        var variable = Class.forName("dev.sluice.runtime.Resources").getDeclaredMethod("variable", String.class,
                String.class);
        variable.setAccessible(true);
        for (String name : new String[] {"users", "my-uploads-bucket", "orders.fifo", "a_b-c.d"}) {
            assertThat(variable.invoke(null, "SLUICE_TABLE_", name)).isEqualTo(Names.tableEnv(name));
            assertThat(variable.invoke(null, "SLUICE_BUCKET_", name)).isEqualTo(Names.bucketEnv(name));
            assertThat(variable.invoke(null, "SLUICE_QUEUE_URL_", name)).isEqualTo(Names.queueUrlEnv(name));
        }
    }

    @Test
    void deadLetterQueueNamesKeepTheFifoSuffixLast() {
        assertThat(Names.deadLetterName("payment-queue")).isEqualTo("payment-queue-dlq");
        assertThat(Names.deadLetterName("orders.fifo")).isEqualTo("orders-dlq.fifo");
    }

    @Test
    void shortRoleNamePrefixesAreKept() {
        assertThat(Names.roleNamePrefix("payments", "processPayment")).isEqualTo("payments-processPayment");
    }

    @Test
    void longRoleNamesAreShortenedDeterministicallyAndStayDistinct() {
        String service = "customer-notification-preferences";
        Set<String> prefixes = new HashSet<>();
        for (String function : new String[] {"synchroniseEmailPreferencesA", "synchroniseEmailPreferencesB",
                "synchroniseEmailPreferencesC"}) {
            String prefix = Names.roleNamePrefix(service, function);
            assertThat(prefix).isEqualTo(Names.roleNamePrefix(service, function));
            // With a 16-character stage and the longest region: <prefix>-<stage>-<region> ≤ 64.
            assertThat(prefix.length() + 1 + Names.STAGE_BUDGET + 1 + Names.REGION_BUDGET).isAtMost(64);
            assertThat(prefixes.add(prefix)).isTrue();
        }
    }
}
