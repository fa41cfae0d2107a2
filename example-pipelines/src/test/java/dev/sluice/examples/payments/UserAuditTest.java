package dev.sluice.examples.payments;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.runtime.Change;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserAuditTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final UserAudit audit = new UserAudit(new PrintStream(out, true, StandardCharsets.UTF_8));

    @Test
    void namesTheChangedFieldsButNotTheirValues() {
        audit.auditLog(new Change<>(Change.Type.MODIFY, Map.of("userId", "u-1"),
                new UserAudit.User("u-1", "old@example.com", "Ada", "free", null),
                new UserAudit.User("u-1", "new@example.com", "Ada", "pro", null), "42", Instant.EPOCH));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "{\"event\":\"user-modify\",\"userId\":\"u-1\",\"fields\":[\"email\",\"plan\"],\"sequenceNumber\":\"42\"}\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("example.com");
    }

    @Test
    void insertsAndRemovesListEveryPresentField() {
        audit.auditLog(new Change<>(Change.Type.REMOVE, Map.of(), new UserAudit.User("u-2", "a@b.c", null, "free", "p-9"),
                null, "43", Instant.EPOCH));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"event\":\"user-remove\"");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"fields\":[\"email\",\"plan\",\"lastPayment\"]");
    }

    @Test
    void aSettledPaymentIsAChangeOfLastPayment() {
        audit.auditLog(new Change<>(Change.Type.MODIFY, Map.of("userId", "c-1"),
                new UserAudit.User("c-1", null, null, null, "p-1"), new UserAudit.User("c-1", null, null, null, "p-2"),
                "45", Instant.EPOCH));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"fields\":[\"lastPayment\"]");
    }

    @Test
    void aChangeWithoutImagesFailsSoTheStreamRetriesIt() {
        assertThrows(IllegalArgumentException.class, () -> audit.auditLog(
                new Change<>(Change.Type.MODIFY, Map.of(), null, null, "44", Instant.EPOCH)));
    }
}
