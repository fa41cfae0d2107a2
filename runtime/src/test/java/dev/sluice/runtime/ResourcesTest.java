package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourcesTest {

    private final Resources resources = new Resources(Map.of(
            "SLUICE_TABLE_USERS", "payments-dev-users",
            "SLUICE_BUCKET_MY_UPLOADS_BUCKET", "payments-dev-my-uploads-bucket-123456789012-us-east-1",
            "SLUICE_QUEUE_URL_PAYMENT_QUEUE", "https://sqs.us-east-1.amazonaws.com/123456789012/payments-dev-q")::get);

    @Test
    void findsDeclaredResourcesByLogicalName() {
        assertThat(resources.table("users")).isEqualTo("payments-dev-users");
        assertThat(resources.bucket("my-uploads-bucket")).startsWith("payments-dev-my-uploads-bucket-");
        assertThat(resources.queueUrl("payment-queue")).endsWith("/payments-dev-q");
    }

    @Test
    void theProcessEnvironmentFallsBackToSystemPropertiesForTests() {
        String variable = "SLUICE_TABLE_RESOURCES_TEST_ONLY";
        assertThrows(IllegalStateException.class, () -> Resources.fromEnvironment().table("resources-test-only"));
        System.setProperty(variable, "payments-test-resources");
        try {
            assertThat(Resources.fromEnvironment().table("resources-test-only")).isEqualTo("payments-test-resources");
        } finally {
            System.clearProperty(variable);
        }
    }

    @Test
    void anUndeclaredResourceSaysWhichAnnotationIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> resources.table("orders"));

        assertThat(e).hasMessageThat().contains("SLUICE_TABLE_ORDERS is not set");
        assertThat(e).hasMessageThat().contains("@UsesTable(value = \"orders\"");
    }
}
