package dev.sluice.maven;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One function kept warm in its own JVM, as Lambda keeps a container: created on the first event, invoked once per
 * event ({@code dev.sluice.local.Worker}), with the environment {@link Invocation} gives it. Invocations are one at
 * a time, as in one container. An invocation that runs past the function's timeout is stopped with its JVM, as
 * Lambda stops the container; the next event starts a fresh one (a cold start).
 */
public final class WarmFunction implements AutoCloseable {

    /** The outcome of one invocation. */
    public record Outcome(byte[] response, boolean error, boolean timedOut) {}

    private final Invocation invocation;
    private final LocalPipeline.Function function;
    private final Path java;
    private final List<String> classpath;
    private final PrintStream log;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "sluice-response-reader");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int invocations;
    private volatile int errors;
    private volatile int timeouts;
    private volatile boolean busy;
    private volatile Process process;
    private DataOutputStream events;
    private DataInputStream responses;

    public WarmFunction(Invocation invocation, LocalPipeline.Function function, Path java, List<String> classpath,
            PrintStream log) {
        this.invocation = invocation;
        this.function = function;
        this.java = java;
        this.classpath = classpath;
        this.log = log;
    }

    public LocalPipeline.Function function() {
        return function;
    }

    /** Invokes the function with {@code event} and waits for its outcome (at most its timeout). */
    public synchronized Outcome invoke(byte[] event) throws IOException, InterruptedException {
        busy = true;
        try {
            Outcome outcome = call(event);
            invocations++;
            errors += outcome.error() && !outcome.timedOut() ? 1 : 0;
            timeouts += outcome.timedOut() ? 1 : 0;
            return outcome;
        } finally {
            busy = false;
        }
    }

    /** True while an invocation runs. */
    public boolean busy() {
        return busy;
    }

    public int invocations() {
        return invocations;
    }

    public int errors() {
        return errors;
    }

    public int timeouts() {
        return timeouts;
    }

    private Outcome call(byte[] event) throws IOException, InterruptedException {
        if (process == null || !process.isAlive()) {
            start();
        }
        events.writeInt(event.length);
        events.write(event);
        events.flush();
        Future<Outcome> answer = reader.submit(() -> {
            byte status = responses.readByte();
            byte[] response = new byte[responses.readInt()];
            responses.readFully(response);
            return new Outcome(response, status != 0, false);
        });
        try {
            return answer.get(function.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            stop();
            log.println("[" + function.name() + "] timed out after " + function.timeoutSeconds()
                    + " s (its @Function timeout): its JVM was stopped, the next event starts a new one");
            return new Outcome(("{\"errorMessage\":\"Task timed out after " + function.timeoutSeconds()
                    + " seconds\",\"errorType\":\"Sandbox.Timedout\"}").getBytes(StandardCharsets.UTF_8), true, true);
        } catch (java.util.concurrent.ExecutionException e) {
            stop();
            return new Outcome(("{\"errorMessage\":\"the function's JVM exited\",\"errorType\":\"Runtime.ExitError\"}")
                    .getBytes(StandardCharsets.UTF_8), true, false);
        }
    }

    private void start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-Xmx" + Math.max(64, function.memoryMb() * 85 / 100) + "m");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath));
        command.addAll(List.of("dev.sluice.local.Worker", "--handler", function.handler(), "--function",
                function.name(), "--timeout", String.valueOf(function.timeoutSeconds()), "--memory",
                String.valueOf(function.memoryMb())));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().putAll(invocation.environment());
        process = builder.start();
        events = new DataOutputStream(process.getOutputStream());
        responses = new DataInputStream(process.getInputStream());
        Thread pump = new Thread(() -> copy(process.getErrorStream()), "sluice-log-" + function.name());
        pump.setDaemon(true);
        pump.start();
    }

    private void copy(InputStream in) {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                log.println("[" + function.name() + "] " + line);
            }
        } catch (IOException e) {
            // The JVM was stopped.
        }
    }

    private void stop() {
        Process running = process;
        if (running != null) {
            running.descendants().forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
            try {
                running.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
        reader.shutdownNow();
    }
}
