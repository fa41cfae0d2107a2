package dev.sluice.examples.payments;

import java.io.PrintStream;

/**
 * Records each settlement as one JSON line on standard output, which Lambda ships to CloudWatch Logs; a
 * metric filter or a subscription turns the lines into a ledger. Identifiers and amounts only: never card data.
 */
public final class LogLedger implements Ledger {

    private final PrintStream out;

    public LogLedger(PrintStream out) {
        this.out = out;
    }

    @Override
    public void record(Settlement settlement) {
        out.println(new StringBuilder(160)
                .append("{\"event\":\"settled\",\"paymentId\":\"").append(settlement.paymentId())
                .append("\",\"customerId\":\"").append(settlement.customerId())
                .append("\",\"currency\":\"").append(settlement.currency())
                .append("\",\"gross\":\"").append(settlement.gross().toPlainString())
                .append("\",\"fee\":\"").append(settlement.fee().toPlainString())
                .append("\",\"net\":\"").append(settlement.net().toPlainString())
                .append("\",\"attempt\":").append(settlement.attempt())
                .append('}'));
    }
}
