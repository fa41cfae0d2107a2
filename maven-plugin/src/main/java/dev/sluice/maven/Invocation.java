package dev.sluice.maven;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One function invoked once in a child JVM, the way Lambda runs it: its handler, heap sized from its memory, its
 * timeout (the child is stopped when it runs over), and exactly the environment the descriptor gives it — its
 * {@code @Env} values, the {@code SLUICE_*} names of its granted resources (local names), the pipeline's
 * {@code JAVA_TOOL_OPTIONS} — plus dummy credentials and an AWS endpoint on loopback, so that no call ever reaches
 * AWS. The response goes to standard output alone, the function's own output to the log, labelled.
 */
public final class Invocation {

    /** Where SDK clients are sent unless told otherwise: the discard port, so a call fails at once, locally. */
    public static final String NO_ENDPOINT = "http://127.0.0.1:9";

    private final LocalPipeline pipeline;
    private final LocalPipeline.Function function;
    private final String endpoint;
    private final Map<String, String> serviceEndpoints;

    public Invocation(LocalPipeline pipeline, LocalPipeline.Function function, String endpoint) {
        this(pipeline, function, endpoint, Map.of());
    }

    /**
     * @param serviceEndpoints where one service's clients go instead ({@code AWS_ENDPOINT_URL_<SERVICE>}), by the
     *     SDK's service id: {@code SQS}, {@code S3}, {@code DYNAMODB}
     */
    public Invocation(LocalPipeline pipeline, LocalPipeline.Function function, String endpoint,
            Map<String, String> serviceEndpoints) {
        this.pipeline = pipeline;
        this.function = function;
        this.endpoint = endpoint == null || endpoint.isBlank() ? NO_ENDPOINT : endpoint;
        this.serviceEndpoints = new TreeMap<>(serviceEndpoints);
    }

    /** The outcome: the response bytes (empty when it failed), the exit code, and why it failed. */
    public record Result(byte[] response, int exitCode, boolean timedOut, String failure) {
        public boolean succeeded() {
            return exitCode == 0 && !timedOut;
        }
    }

    /** The function's environment in the child, in a stable order. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", pipeline.region());
        env.put("AWS_DEFAULT_REGION", pipeline.region());
        env.put("AWS_ACCESS_KEY_ID", "sluice-local");
        env.put("AWS_SECRET_ACCESS_KEY", "sluice-local");
        env.put("AWS_ENDPOINT_URL", endpoint);
        serviceEndpoints.forEach((service, url) -> env.put("AWS_ENDPOINT_URL_" + service, url));
        // The local Kinesis speaks JSON; the SDK would use CBOR (SDK v2 reads CBOR_ENABLED, v1 AWS_CBOR_DISABLED).
        env.put("CBOR_ENABLED", "false");
        env.put("AWS_CBOR_DISABLED", "true");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_LAMBDA_FUNCTION_NAME", pipeline.service() + "-" + pipeline.stage() + "-" + function.name());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.valueOf(function.memoryMb()));
        if (!pipeline.javaToolOptions().isBlank()) {
            env.put("JAVA_TOOL_OPTIONS", pipeline.javaToolOptions());
        }
        for (LocalPipeline.Grant grant : function.resources()) {
            String name = pipeline.localName(grant.kind(), grant.name()).orElse(grant.name());
            env.put(grant.variable(), switch (grant.kind()) {
                case "queue" -> serviceEndpoints.getOrDefault("SQS", endpoint) + "/" + LocalSqs.ACCOUNT + "/" + name;
                case "topic" -> LocalSns.arn(pipeline.region(), name);
                case "eventBus" -> name.equals("default") ? name : LocalEvents.arn(pipeline.region(), name);
                case "kinesisStream" -> LocalKinesis.arn(pipeline.region(), name);
                default -> name;
            });
        }
        env.putAll(function.environment());
        return env;
    }

    /** Checks that {@code event} is JSON, naming the line and column where it is not. */
    public static void checkEvent(Path event) throws IOException {
        try {
            new ObjectMapper().readTree(Files.readAllBytes(event));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IOException(event + " is not JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        }
    }

    /**
     * Runs the child: {@code java} with {@code classpath} (the module's classes and dependencies, then
     * sluice-local's), and waits at most the function's timeout (plus the JVM's start-up allowance).
     */
    public Result run(Path java, List<String> classpath, Path event, Path work, PrintStream log)
            throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path response = work.resolve(function.name() + "-response.json");
        Files.deleteIfExists(response);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        // The function's memory bounds the heap, as Lambda's runtime does (it leaves room for the rest).
        command.add("-Xmx" + Math.max(64, function.memoryMb() * 85 / 100) + "m");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath));
        command.addAll(List.of("dev.sluice.local.Invoke", "--handler", function.handler(), "--event",
                event.toString(), "--function", function.name(), "--timeout", String.valueOf(function.timeoutSeconds()),
                "--memory", String.valueOf(function.memoryMb()), "--response", response.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().putAll(environment());
        Process process = builder.start();
        Thread pump = new Thread(() -> copy(process.getInputStream(), log, "[" + function.name() + "] "));
        pump.setDaemon(true);
        pump.start();
        // Lambda stops the function at its timeout; a JVM start is allowed on top.
        boolean finished = process.waitFor(function.timeoutSeconds() + 10L, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            pump.join(1000);
            return new Result(new byte[0], -1, true, function.name() + " timed out after "
                    + function.timeoutSeconds() + " s (its @Function timeout) and was stopped");
        }
        pump.join(1000);
        int exit = process.exitValue();
        if (exit != 0 || !Files.exists(response)) {
            return new Result(new byte[0], exit, false, function.name() + " failed (exit " + exit
                    + "); its output is above");
        }
        return new Result(Files.readAllBytes(response), 0, false, null);
    }

    /** Copies a child's output to {@code log}, line by line, each line labelled. */
    static void copy(InputStream in, PrintStream log, String label) {
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                log.println(label + line);
            }
        } catch (IOException e) {
            log.println(label + "(output lost: " + e + ")");
        }
    }
}
