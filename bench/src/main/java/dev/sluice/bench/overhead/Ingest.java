package dev.sluice.bench.overhead;

import dev.sluice.annotations.OnSqs;
import dev.sluice.annotations.Pipeline;
import dev.sluice.annotations.Queue;
import dev.sluice.examples.payments.Payment;
import dev.sluice.runtime.SqsMessage;

/**
 * The handler's own cost, without business work: the same event and payload as processPayment, and a method
 * that only touches what it is given. The generated {@code Ingest_ingestHandler} is measured against
 * {@link dev.sluice.bench.baseline.BaselineIngestHandler}.
 */
@Pipeline(service = "bench", queues = @Queue(name = "ingest"))
public class Ingest {

    /** Keeps the JIT from discarding the decoded values. */
    public static volatile long sink;

    @OnSqs(queue = "ingest")
    public void ingest(Payment payment, SqsMessage meta) {
        sink += payment.paymentId().length() + meta.approximateReceiveCount();
    }
}
