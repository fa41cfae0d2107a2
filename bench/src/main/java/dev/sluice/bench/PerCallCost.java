package dev.sluice.bench;

import dev.sluice.local.LocalContext;
import dev.sluice.local.LocalInvoker;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The cost of each of 4000 consecutive invocations of one handler in one fresh JVM, from the first (cold) call
 * on: medians per block of 500 calls. Flat means no leak and no growing per-call state. Arguments: handler
 * ({@code SLUICE} or {@code BASELINE}). Prints one Markdown table row.
 */
public final class PerCallCost {

    private static final int CALLS = 4000;
    private static final int BLOCK = 500;

    private PerCallCost() {}

    public static void main(String[] args) throws Exception {
        Handlers handler = Handlers.valueOf(args[0]);
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        byte[] event = Events.paymentBatch(10, 3);
        LocalInvoker invoker = new LocalInvoker(handler.reference(), PerCallCost.class.getClassLoader());
        LocalContext context = new LocalContext("processPayment", 512, 900,
                new PrintStream(OutputStream.nullOutputStream()));
        double[] micros = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            invoker.invoke(event, context);
            micros[i] = (System.nanoTime() - start) / 1000.0;
        }
        StringBuilder row = new StringBuilder("| ").append(handler == Handlers.SLUICE ? "Sluice" : "hand-written")
                .append(String.format(" | %.0f", micros[0]));
        for (int block = 0; block < CALLS / BLOCK; block++) {
            row.append(String.format(" | %.1f", Stats.median(Arrays.copyOfRange(micros, block * BLOCK,
                    (block + 1) * BLOCK))));
        }
        // Flat: the later half costs what the earlier half (after the first, warming block) did.
        double earlier = Stats.median(Arrays.copyOfRange(micros, BLOCK, CALLS / 2));
        double later = Stats.median(Arrays.copyOfRange(micros, CALLS / 2, CALLS));
        row.append(String.format(" | %s |", Stats.ratio(later, earlier)));
        stdout.println(row);
    }
}
