package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.Context;

/**
 * Decides when a batch handler must stop starting new work. If an invocation times out, Lambda treats the
 * whole batch as failed and retries every message, including the ones already processed. Stopping while
 * {@code marginMillis} remain lets the handler report exactly the unprocessed messages instead.
 */
public final class TimeoutGuard {

    private TimeoutGuard() {}

    /** True when fewer than {@code marginMillis} milliseconds of the invocation remain. */
    public static boolean expiring(Context context, long marginMillis) {
        return context.getRemainingTimeInMillis() < marginMillis;
    }
}
