package dev.sluice.examples.payments;

/** A payment that can never be settled as sent. SQS retries it, then moves it to the dead-letter queue. */
public final class PaymentRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    public PaymentRejectedException(String paymentId, String reason) {
        super("payment " + paymentId + " rejected: " + reason);
    }
}
