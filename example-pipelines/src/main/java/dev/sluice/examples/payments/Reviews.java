package dev.sluice.examples.payments;

import dev.sluice.annotations.Function;
import dev.sluice.annotations.OnSns;
import java.io.PrintStream;

/**
 * Picks up the settlements {@code processPayment} announces, but only the large ones: the subscription's filter
 * policy (on the message body, checked at compile time against {@link Settlement}'s fields) lets through net amounts
 * of 100 or more, which finance reviews. Smaller settlements never invoke the function.
 */
public class Reviews {

    private final PrintStream out;

    public Reviews() {
        this(System.out);
    }

    Reviews(PrintStream out) {
        this.out = out;
    }

    @OnSns(topic = "payment-settled", filterPolicyScope = OnSns.FilterPolicyScope.MESSAGE_BODY,
            filterPolicy = "{\"net\": [{\"numeric\": [\">=\", 100]}]}")
    @Function(timeoutSeconds = 10, memoryMb = 256, description = "Queues large settlements for review")
    public void reviewLargeSettlement(Settlement settlement) {
        out.println("{\"event\":\"large-settlement\",\"paymentId\":\"" + settlement.paymentId() + "\",\"currency\":\""
                + settlement.currency() + "\",\"net\":\"" + settlement.net().toPlainString() + "\"}");
    }
}
