package dev.sluice.examples.payments;

import dev.sluice.annotations.Function;
import dev.sluice.annotations.OnSns;
import dev.sluice.annotations.UsesEventBus;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Picks up the settlements {@code processPayment} announces, but only the large ones: the subscription's filter
 * policy (on the message body, checked at compile time against {@link Settlement}'s fields) lets through net amounts
 * of 100 or more, which finance reviews. Smaller settlements never invoke the function. Each review is also put on
 * the account's default EventBridge bus ({@link ReviewEvents}), where {@link Risk} picks it up.
 */
public class Reviews {

    private final PrintStream out;
    private final Consumer<Settlement> reviewed;

    public Reviews() {
        this(System.out, ReviewEvents.forThisProcess());
    }

    Reviews(PrintStream out, Consumer<Settlement> reviewed) {
        this.out = out;
        this.reviewed = reviewed;
    }

    @OnSns(topic = "payment-settled", filterPolicyScope = OnSns.FilterPolicyScope.MESSAGE_BODY,
            filterPolicy = "{\"net\": [{\"numeric\": [\">=\", 100]}]}")
    @UsesEventBus
    @Function(timeoutSeconds = 10, memoryMb = 256, description = "Queues large settlements for review")
    public void reviewLargeSettlement(Settlement settlement) {
        out.println("{\"event\":\"large-settlement\",\"paymentId\":\"" + settlement.paymentId() + "\",\"currency\":\""
                + settlement.currency() + "\",\"net\":\"" + settlement.net().toPlainString() + "\"}");
        reviewed.accept(settlement);
    }
}
