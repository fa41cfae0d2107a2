package dev.sluice.examples.payments;

import java.math.BigDecimal;

/**
 * The outcome of settling a {@link Payment}: what the merchant receives after the processing fee.
 *
 * @param attempt SQS's receive count: above 1 means this payment is being retried
 */
public record Settlement(String paymentId, String customerId, String currency, BigDecimal gross, BigDecimal fee,
        BigDecimal net, int attempt) {}
