package dev.sluice.examples.payments;

/** Where settled payments are recorded. */
public interface Ledger {

    void record(Settlement settlement);
}
