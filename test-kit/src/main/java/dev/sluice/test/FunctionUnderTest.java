package dev.sluice.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.local.LocalContext;
import dev.sluice.local.LocalInvoker;
import dev.sluice.local.ManualClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One function of the pipeline under test, as the processor described it ({@code sluice/pipeline.json} on the test
 * class path, next to the compiled handlers): {@code FunctionUnderTest.named("processPayment")}. Its generated
 * handler is invoked the way Lambda's Java runtime invokes it — event bytes in, response bytes out, one instance per
 * {@code FunctionUnderTest} as one per container — with a context that has the function's name, memory and timeout
 * and follows a {@link ManualClock}.
 *
 * <p>During each invocation (and the handler's construction) the function's environment as the descriptor declares
 * it — its {@code @Env} values and the {@code SLUICE_*} names of its granted resources — is visible to
 * {@code Resources.fromEnvironment()}, which falls back to system properties; code reading {@code System.getenv}
 * itself does not see it. {@link #withoutGrants()} leaves the grants out, for code that decides from them whether to
 * build an AWS client; {@link #withEnvironment} adds or replaces a variable.
 */
public final class FunctionUnderTest {

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";

    private final String name;
    private final String handler;
    private final int memoryMb;
    private final int timeoutSeconds;
    private final Map<String, String> environment;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private LocalInvoker invoker;

    private FunctionUnderTest(String name, String handler, int memoryMb, int timeoutSeconds,
            Map<String, String> environment) {
        this.name = name;
        this.handler = handler;
        this.memoryMb = memoryMb;
        this.timeoutSeconds = timeoutSeconds;
        this.environment = environment;
    }

    /** The function called {@code name} in the pipeline compiled into the test class path. */
    public static FunctionUnderTest named(String name) {
        JsonNode pipeline = pipeline();
        List<String> names = new ArrayList<>();
        for (JsonNode function : pipeline.path("functions")) {
            names.add(function.path("name").asText());
            if (function.path("name").asText().equals(name)) {
                Map<String, String> environment = new LinkedHashMap<>();
                function.path("environment").fields()
                        .forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
                for (JsonNode grant : function.path("resources")) {
                    environment.put(grant.path("variable").asText(), resourceValue(pipeline, grant));
                }
                return new FunctionUnderTest(name, function.path("handler").asText(),
                        function.path("memoryMb").asInt(), function.path("timeoutSeconds").asInt(), environment);
            }
        }
        throw new IllegalArgumentException("no function named \"" + name + "\" in " + pipeline.path("service")
                .asText() + "; its functions are " + String.join(", ", names));
    }

    /** This function without the {@code SLUICE_*} variables of its grants. */
    public FunctionUnderTest withoutGrants() {
        Map<String, String> kept = new LinkedHashMap<>(environment);
        kept.keySet().removeIf(variable -> variable.startsWith("SLUICE_"));
        return new FunctionUnderTest(name, handler, memoryMb, timeoutSeconds, kept);
    }

    /** This function with {@code variable} set to {@code value}. */
    public FunctionUnderTest withEnvironment(String variable, String value) {
        Map<String, String> changed = new LinkedHashMap<>(environment);
        changed.put(variable, value);
        return new FunctionUnderTest(name, handler, memoryMb, timeoutSeconds, changed);
    }

    public String name() {
        return name;
    }

    /** The handler Lambda is configured with ({@code com.example.Orders_shipHandler::handleRequest}). */
    public String handler() {
        return handler;
    }

    /** The environment each invocation sees. */
    public Map<String, String> environment() {
        return Map.copyOf(environment);
    }

    /** The clock the invocations' contexts follow: advance it to spend the function's time. */
    public ManualClock clock() {
        return clock;
    }

    /** Invokes the function with {@code event} and its whole timeout ahead. */
    public Invocation invoke(TestEvent event) {
        return invoke(event, Duration.ofSeconds(timeoutSeconds));
    }

    /**
     * Invokes the function with only {@code remaining} of its timeout left, as when Lambda hands it a batch near the
     * end of its time: the timeout guard's case.
     */
    public Invocation invoke(TestEvent event, Duration remaining) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
        LocalContext context = new LocalContext(name, memoryMb, timeoutSeconds, logStream, clock);
        clock.advance(Duration.ofSeconds(timeoutSeconds).minus(remaining));
        Map<String, String> previous = new HashMap<>();
        environment.forEach((variable, value) -> previous.put(variable, System.setProperty(variable, value)));
        try {
            if (invoker == null) {
                invoker = new LocalInvoker(handler, Thread.currentThread().getContextClassLoader());
            }
            byte[] response = invoker.invoke(event.bytes(), context);
            return new Invocation(response, null, log.toString(StandardCharsets.UTF_8));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load handler " + handler + " of function " + name
                    + ": compile the module (with sluice-processor) before testing it", e);
        } catch (IOException | RuntimeException | Error e) {
            return new Invocation(new byte[0], e, log.toString(StandardCharsets.UTF_8));
        } finally {
            previous.forEach((variable, value) -> {
                if (value == null) {
                    System.clearProperty(variable);
                } else {
                    System.setProperty(variable, value);
                }
            });
        }
    }

    private static JsonNode pipeline() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("sluice/pipeline.json")) {
            if (in == null) {
                throw new IllegalStateException("sluice/pipeline.json is not on the test class path: compile the "
                        + "module with sluice-processor on its annotation processor path");
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read sluice/pipeline.json", e);
        }
    }

    /** A granted resource's name, shaped as AWS names it (local names stand in for the physical ones). */
    private static String resourceValue(JsonNode pipeline, JsonNode grant) {
        String kind = grant.path("kind").asText();
        String logical = grant.path("name").asText();
        String local = logical;
        for (JsonNode resource : pipeline.path(switch (kind) {
            case "table" -> "tables";
            case "bucket" -> "buckets";
            case "queue" -> "queues";
            case "topic" -> "topics";
            case "eventBus" -> "eventBuses";
            default -> "kinesisStreams";
        })) {
            if (resource.path("name").asText().equals(logical)) {
                local = resource.path("localName").asText(logical);
            }
        }
        return switch (kind) {
            case "queue" -> "https://sqs." + REGION + ".amazonaws.com/" + ACCOUNT + "/" + local;
            case "topic" -> "arn:aws:sns:" + REGION + ":" + ACCOUNT + ":" + local;
            case "kinesisStream" -> "arn:aws:kinesis:" + REGION + ":" + ACCOUNT + ":stream/" + local;
            default -> local;
        };
    }
}
