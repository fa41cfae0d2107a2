package dev.sluice.examples.payments;

import java.math.BigDecimal;

/**
 * A card payment to settle, as the checkout service puts it on {@code payment-queue}.
 *
 * @param paymentId the checkout's id for the payment; settling the same id twice must not charge twice
 * @param customerId who pays
 * @param amount the amount in {@code currency}, in major units (12.50 means twelve fifty)
 * @param currency ISO 4217 code
 * @param cardToken the card vault's token; never a card number
 */
public record Payment(String paymentId, String customerId, BigDecimal amount, String currency, String cardToken) {}
