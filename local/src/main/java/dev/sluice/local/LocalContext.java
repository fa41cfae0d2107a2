package dev.sluice.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Context} for one local invocation: a real deadline (remaining time counts down from the function's
 * timeout), the function's name and memory, and a logger that writes each call as one line to a stream.
 */
public final class LocalContext implements Context {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final String functionName;
    private final int memoryMb;
    private final long deadlineMillis;
    private final Clock clock;
    /** Like Lambda's request ids, unique per invocation; not from SecureRandom, which would cost a cold start. */
    private final String requestId = Long.toHexString(System.nanoTime()) + "-" + Integer.toHexString(NEXT.incrementAndGet());
    private final LambdaLogger logger;

    public LocalContext(String functionName, int memoryMb, int timeoutSeconds, PrintStream log) {
        this(functionName, memoryMb, timeoutSeconds, log, Clock.systemUTC());
    }

    /**
     * A context whose remaining time follows {@code clock}: with a {@link ManualClock}, tests decide exactly when
     * an invocation runs out of time.
     */
    public LocalContext(String functionName, int memoryMb, int timeoutSeconds, PrintStream log, Clock clock) {
        this.functionName = functionName;
        this.memoryMb = memoryMb;
        this.clock = clock;
        this.deadlineMillis = clock.millis() + timeoutSeconds * 1000L;
        this.logger = new LambdaLogger() {
            @Override
            public void log(String message) {
                log.print(message);
                log.flush();
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadlineMillis - clock.millis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
