package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lambda's asynchronous invocation for one function, as S3 notifications and EventBridge schedules use it: events
 * are queued and delivered one at a time; a failed event is retried {@code maximumRetryAttempts} times (2 unless the
 * trigger says otherwise) and then, if the trigger names an {@code onFailure} queue, the invocation record Lambda
 * writes is sent there. AWS waits about one and then two minutes between attempts; a local run waits one and two
 * seconds.
 */
final class AsyncInvoker implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WarmFunction function;
    private final Activity activity;
    private final Destinations destinations;
    private final int maximumRetryAttempts;
    private final String onFailure;
    private final AtomicInteger pending = new AtomicInteger();
    private final ExecutorService queue;

    AsyncInvoker(WarmFunction function, Activity activity, Destinations destinations) {
        this.function = function;
        this.activity = activity;
        this.destinations = destinations;
        JsonNode trigger = function.function().trigger();
        this.maximumRetryAttempts = trigger.path("maximumRetryAttempts").isInt()
                ? trigger.path("maximumRetryAttempts").asInt() : 2;
        this.onFailure = trigger.path("onFailure").isTextual() ? trigger.path("onFailure").asText() : null;
        this.queue = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "sluice-async-" + function.function().name());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** True while events wait or run. */
    boolean busy() {
        return pending.get() > 0;
    }

    /** Queues {@code event}, described as {@code what} in the log, from {@code source}. */
    void submit(String source, String what, byte[] event) {
        pending.incrementAndGet();
        queue.execute(() -> {
            try {
                deliver(source, what, event);
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    private void deliver(String source, String what, byte[] event) {
        String name = function.function().name();
        for (int attempt = 1; attempt <= maximumRetryAttempts + 1; attempt++) {
            WarmFunction.Outcome outcome;
            try {
                outcome = function.invoke(event);
            } catch (IOException e) {
                outcome = new WarmFunction.Outcome(e.toString().getBytes(StandardCharsets.UTF_8), true, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!outcome.error()) {
                activity.messages(name, 1, 0);
                activity.line(source, name, what + " → ok" + (attempt > 1 ? " (attempt " + attempt + ")" : ""));
                return;
            }
            activity.messages(name, 0, 1);
            String error = outcome.timedOut() ? "timed out" : new String(outcome.response(), StandardCharsets.UTF_8);
            if (attempt <= maximumRetryAttempts) {
                activity.line(source, name, what + " → failed " + error + "; retry " + attempt + " of "
                        + maximumRetryAttempts + " in " + attempt + " s");
                try {
                    Thread.sleep(1000L * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } else {
                activity.line(source, name, what + " → failed " + error + "; retries exhausted ("
                        + maximumRetryAttempts + ")" + (onFailure == null ? ": the event is dropped, as on AWS "
                                + "without an onFailure destination" : ", recorded on queue " + onFailure));
                if (onFailure != null) {
                    destinations.send(onFailure, record(event, outcome, attempt));
                }
            }
        }
    }

    /** The invocation record Lambda sends an asynchronous on-failure destination. */
    private String record(byte[] event, WarmFunction.Outcome outcome, int invocations) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", "1.0");
        root.put("timestamp", Instant.now().toString());
        ObjectNode context = root.putObject("requestContext");
        context.put("requestId", UUID.randomUUID().toString());
        context.put("functionArn", destinations.functionArn(function.function().name()) + ":$LATEST");
        context.put("condition", "RetriesExhausted");
        context.put("approximateInvokeCount", invocations);
        try {
            root.set("requestPayload", JSON.readTree(event));
            ObjectNode response = root.putObject("responseContext");
            response.put("statusCode", 200);
            response.put("executedVersion", "$LATEST");
            response.put("functionError", "Unhandled");
            root.set("responsePayload", outcome.response().length == 0 ? JSON.nullNode()
                    : JSON.readTree(outcome.response()));
        } catch (IOException e) {
            root.put("responsePayload", new String(outcome.response(), StandardCharsets.UTF_8));
        }
        return root.toString();
    }

    @Override
    public void close() {
        queue.shutdownNow();
    }
}
