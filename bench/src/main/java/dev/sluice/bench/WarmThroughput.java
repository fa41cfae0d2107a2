package dev.sluice.bench;

import dev.sluice.local.LocalContext;
import dev.sluice.local.LocalInvoker;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm invocations, bytes in → response bytes out, as the Lambda Java runtime drives a handler: a
 * {@code RequestHandler} through aws-lambda-java-serialization both ways, a {@code RequestStreamHandler} on the
 * raw bytes. SQS: one batch of 100 messages, one failing (messages per second = 100 × operations per second).
 * HTTP: one {@code GET /users/{userId}} request of an HTTP API (requests per second = operations per second).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class WarmThroughput {

    @Param({"SLUICE", "BASELINE", "SLUICE_OVERHEAD", "BASELINE_OVERHEAD", "SLUICE_HTTP", "BASELINE_HTTP"})
    public Handlers handler;

    private LocalInvoker invoker;
    private LocalContext context;
    private byte[] event;

    @Setup
    public void setUp() throws Exception {
        // The example's ledger prints each settlement; Lambda would ship it to CloudWatch. Same sink for both.
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        invoker = new LocalInvoker(handler.reference(), WarmThroughput.class.getClassLoader());
        context = new LocalContext("processPayment", 512, 900, new PrintStream(OutputStream.nullOutputStream()));
        event = handler.http() ? Events.getUser("u-42") : Events.paymentBatch(100, 50);
    }

    @Benchmark
    public byte[] batchOf100() throws Exception {
        return invoker.invoke(event, context);
    }
}
