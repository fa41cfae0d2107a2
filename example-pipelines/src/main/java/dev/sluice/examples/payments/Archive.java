package dev.sluice.examples.payments;

import dev.sluice.annotations.Function;
import dev.sluice.annotations.OnSqs;
import java.io.PrintStream;

/**
 * Archives every settlement: the {@code settlement-archive} queue subscribes to the {@code payment-settled} topic (SNS
 * → SQS fan-out, the queue's policy written by the descriptor), so settlements wait in a queue, with its retries and
 * dead-letter queue, however slow the archive is.
 */
public class Archive {

    private final PrintStream out;

    public Archive() {
        this(System.out);
    }

    Archive(PrintStream out) {
        this.out = out;
    }

    @OnSqs(queue = "settlement-archive", batchSize = 25, maxBatchingWindowSeconds = 2)
    @Function(timeoutSeconds = 15, memoryMb = 256, description = "Archives every settlement")
    public void archiveSettlement(Settlement settlement) {
        out.println("{\"event\":\"archived\",\"paymentId\":\"" + settlement.paymentId() + "\",\"net\":\""
                + settlement.net().toPlainString() + "\"}");
    }
}
