package dev.sluice.examples.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

/**
 * Card processing fees: a percentage of the amount plus a fixed fee per transaction, in the currency's minor
 * units, rounded half-even as card networks do. Only currencies with a fixed fee are accepted.
 */
public final class FeeSchedule {

    private static final BigDecimal RATE = new BigDecimal("0.029");
    private static final Map<String, BigDecimal> FIXED_FEES = Map.of(
            "USD", new BigDecimal("0.30"),
            "EUR", new BigDecimal("0.25"),
            "GBP", new BigDecimal("0.20"),
            "JPY", new BigDecimal("40"));

    /** Largest single payment settled automatically; larger ones need a manual review. */
    static final BigDecimal LIMIT = new BigDecimal("10000");

    public boolean accepts(String currency) {
        return currency != null && FIXED_FEES.containsKey(currency);
    }

    /** The fee for {@code amount}, never more than the amount itself. */
    public BigDecimal feeFor(BigDecimal amount, String currency) {
        int minorUnits = Currency.getInstance(currency).getDefaultFractionDigits();
        BigDecimal fee = amount.multiply(RATE).add(FIXED_FEES.get(currency)).setScale(minorUnits, RoundingMode.HALF_EVEN);
        return fee.min(amount.setScale(minorUnits, RoundingMode.HALF_EVEN));
    }
}
