package dev.sluice.examples.payments;

import dev.sluice.annotations.Function;
import dev.sluice.annotations.OnEvent;
import dev.sluice.annotations.OnKinesis;
import dev.sluice.annotations.UsesKinesisStream;
import dev.sluice.runtime.Resources;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Risk signals: each reviewed settlement (an EventBridge event from {@link Reviews}) becomes a signal on the
 * {@code risk-signals} Kinesis stream, keyed by customer so that a customer's signals stay in order; a consumer reads
 * them in batches and scores the customers it sees.
 */
public class Risk {

    /** One signal on the stream. */
    public record Signal(String customerId, String paymentId, String reason, BigDecimal amount, String currency) {}

    private final PrintStream out;
    private final Consumer<Signal> stream;

    public Risk() {
        this(System.out, SignalStream.forThisProcess());
    }

    Risk(PrintStream out, Consumer<Signal> stream) {
        this.out = out;
        this.stream = stream;
    }

    @OnEvent(source = ReviewEvents.SOURCE, detailType = ReviewEvents.DETAIL_TYPE,
            detail = "{\"net\": [{\"numeric\": [\">=\", 100]}]}")
    @UsesKinesisStream("risk-signals")
    @Function(timeoutSeconds = 10, memoryMb = 256, description = "Turns reviewed settlements into risk signals")
    public void flagForRisk(Settlement settlement) {
        stream.accept(new Signal(settlement.customerId(), settlement.paymentId(), "large-settlement",
                settlement.net(), settlement.currency()));
    }

    @OnKinesis(stream = "risk-signals", startingPosition = OnKinesis.StartingPosition.TRIM_HORIZON, batchSize = 50,
            maxBatchingWindowSeconds = 1, bisectOnError = true, maximumRetryAttempts = 3,
            filter = "{\"reason\": [\"large-settlement\"]}")
    @Function(timeoutSeconds = 20, memoryMb = 256, description = "Scores customers from their risk signals")
    public void scoreRisk(List<Signal> signals) {
        for (Signal signal : signals) {
            out.println("{\"event\":\"risk-signal\",\"customerId\":\"" + signal.customerId() + "\",\"paymentId\":\""
                    + signal.paymentId() + "\",\"reason\":\"" + signal.reason() + "\"}");
        }
    }

    /** Puts signals on the stream, partitioned by customer. */
    static final class SignalStream implements Consumer<Signal> {

        private final KinesisClient kinesis;
        private final String streamArn;

        /** The stream when the function has been given it, else nothing (handler tests). */
        static Consumer<Signal> forThisProcess() {
            String arn;
            try {
                arn = Resources.fromEnvironment().kinesisStreamArn("risk-signals");
            } catch (IllegalStateException noStream) {
                return signal -> { };
            }
            return new SignalStream(KinesisClient.builder().httpClient(UrlConnectionHttpClient.create()).build(), arn);
        }

        SignalStream(KinesisClient kinesis, String streamArn) {
            this.kinesis = kinesis;
            this.streamArn = streamArn;
        }

        @Override
        public void accept(Signal signal) {
            kinesis.putRecord(put -> put.streamARN(streamArn).partitionKey(signal.customerId())
                    .data(SdkBytes.fromUtf8String(json(signal))));
        }

        static String json(Signal signal) {
            return "{\"customerId\":\"" + signal.customerId() + "\",\"paymentId\":\"" + signal.paymentId()
                    + "\",\"reason\":\"" + signal.reason() + "\",\"amount\":" + signal.amount().toPlainString()
                    + ",\"currency\":\"" + signal.currency() + "\"}";
        }
    }
}
