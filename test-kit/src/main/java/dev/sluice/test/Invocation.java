package dev.sluice.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one invocation did, as Lambda sees it: the response bytes, or the error that failed the invocation, and what
 * the function logged through its context. Assert on it with {@link SluiceAssertions#assertThat(Invocation)}.
 */
public final class Invocation {

    private final byte[] response;
    private final Throwable error;
    private final String log;

    Invocation(byte[] response, Throwable error, String log) {
        this.response = response;
        this.error = error;
        this.log = log;
    }

    /** The response as text (empty for a function that answers nothing, or that failed). */
    public String response() {
        return new String(response, StandardCharsets.UTF_8);
    }

    /** The response as JSON; fails when it is not JSON. */
    public JsonNode responseJson() {
        try {
            return Json.MAPPER.readTree(response);
        } catch (IOException e) {
            throw new IllegalStateException("the response is not JSON: " + response(), e);
        }
    }

    /** The error that failed the invocation (Lambda would count a function error), if any. */
    public Optional<Throwable> error() {
        return Optional.ofNullable(error);
    }

    /** What the function wrote to its Lambda logger (Sluice's one-line JSON failure records among it). */
    public String log() {
        return log;
    }

    /**
     * Why item {@code id} failed, as Sluice logged it: the {@code errorType: errorMessage} of the one-line JSON record
     * whose {@code messageId}, {@code sequenceNumber}, {@code eventId} or {@code requestId} is {@code id}; empty when
     * no such record was logged.
     */
    public Optional<String> failureOf(String id) {
        for (String line : log.split("\n")) {
            if (!line.startsWith("{")) {
                continue;
            }
            JsonNode record;
            try {
                record = Json.MAPPER.readTree(line);
            } catch (IOException notJson) {
                continue;
            }
            for (String field : new String[] {"messageId", "sequenceNumber", "eventId", "requestId", "key"}) {
                if (id.equals(record.path(field).asText(null))) {
                    return Optional.of(record.path("errorType").asText() + ": " + record.path("errorMessage").asText());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The ids a batch response reports failed ({@code batchItemFailures[].itemIdentifier}): SQS message ids, or the
     * stream sequence number Lambda retries from. Empty when the response reports none.
     */
    public List<String> batchItemFailures() {
        List<String> ids = new ArrayList<>();
        if (response.length == 0) {
            return ids;
        }
        responseJson().path("batchItemFailures").forEach(item -> ids.add(item.path("itemIdentifier").asText()));
        return ids;
    }
}
