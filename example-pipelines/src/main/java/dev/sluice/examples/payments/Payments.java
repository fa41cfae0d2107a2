package dev.sluice.examples.payments;

import dev.sluice.annotations.Bucket;
import dev.sluice.annotations.Function;
import dev.sluice.annotations.KinesisStream;
import dev.sluice.annotations.OnSqs;
import dev.sluice.annotations.Pipeline;
import dev.sluice.annotations.Queue;
import dev.sluice.annotations.Table;
import dev.sluice.annotations.Topic;
import dev.sluice.annotations.UsesTable;
import dev.sluice.annotations.UsesTopic;
import dev.sluice.runtime.SqsMessage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The seed's {@code processPayment}: settles card payments from {@code payment-queue} (put there by the checkout,
 * and by {@link Uploads#processUpload}), records each on its customer in the users table and announces it on the
 * {@code payment-settled} topic ({@link Reviews} picks up the large ones, and the {@code settlement-archive} queue
 * every one, for {@link Archive}). A payment that cannot
 * be settled throws, and only that message is retried; the rest of its batch is deleted from the queue.
 */
@Pipeline(service = "payments",
        queues = {@Queue(name = "payment-queue"),
                @Queue(name = "settlement-archive",
                        subscribesTo = @Queue.Subscription(topic = "payment-settled"))},
        tables = @Table(name = "users", partitionKey = "userId"),
        buckets = @Bucket(name = "my-uploads-bucket"),
        topics = @Topic(name = "payment-settled"),
        kinesisStreams = @KinesisStream(name = "risk-signals"))
public class Payments {

    private final FeeSchedule fees;
    private final Ledger ledger;

    /** Lambda's constructor: runs once per container, in the init phase. */
    public Payments() {
        this(new FeeSchedule(), SettlementTopic.forThisProcess(UserLedger.forThisProcess(new LogLedger(System.out))));
    }

    Payments(FeeSchedule fees, Ledger ledger) {
        this.fees = fees;
        this.ledger = ledger;
    }

    @OnSqs(queue = "payment-queue", batchSize = 10, maximumConcurrency = 10)
    @UsesTable(value = "users", access = UsesTable.Access.WRITE, only = UsesTable.Operation.UPDATE_ITEM)
    @UsesTopic("payment-settled")
    @Function(timeoutSeconds = 30, memoryMb = 512, reservedConcurrency = 10,
            description = "Settles card payments from payment-queue")
    public void processPayment(Payment payment, SqsMessage meta) throws PaymentRejectedException {
        String id = payment.paymentId();
        if (id == null || id.isBlank()) {
            throw new PaymentRejectedException("(no id)", "paymentId is missing");
        }
        if (!fees.accepts(payment.currency())) {
            throw new PaymentRejectedException(id, "currency " + payment.currency() + " is not supported");
        }
        BigDecimal amount = payment.amount();
        if (amount == null || amount.signum() <= 0) {
            throw new PaymentRejectedException(id, "amount must be positive");
        }
        int minorUnits = Currency.getInstance(payment.currency()).getDefaultFractionDigits();
        if (amount.scale() > minorUnits) {
            throw new PaymentRejectedException(id, "amount has more than " + minorUnits + " decimals");
        }
        if (amount.compareTo(FeeSchedule.LIMIT) > 0) {
            throw new PaymentRejectedException(id, "amount is above the automatic settlement limit");
        }
        if (payment.cardToken() == null || !payment.cardToken().startsWith("tok_")) {
            throw new PaymentRejectedException(id, "cardToken is not a vault token");
        }
        BigDecimal gross = amount.setScale(minorUnits, RoundingMode.UNNECESSARY);
        BigDecimal fee = fees.feeFor(gross, payment.currency());
        ledger.record(new Settlement(id, payment.customerId(), payment.currency(), gross, fee, gross.subtract(fee),
                meta.approximateReceiveCount()));
    }
}
