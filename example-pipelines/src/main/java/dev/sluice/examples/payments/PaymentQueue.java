package dev.sluice.examples.payments;

import java.util.List;

/** Where accepted payments go to be settled: {@code payment-queue}. */
public interface PaymentQueue {

    void send(List<Payment> payments);
}
