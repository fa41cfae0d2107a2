package dev.sluice.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The response of a stream handler. Streams keep order, so a batch stops at its first failure: the response
 * names that record's sequence number, Lambda treats everything before it as done and retries from it, and
 * nothing after it has been processed. An empty response means the whole batch succeeded.
 */
public final class StreamCheckpoint {

    private final FailureLog log;
    private String sequenceNumber;

    public StreamCheckpoint(String function, com.amazonaws.services.lambda.runtime.Context context) {
        this.log = new FailureLog(function, "sequenceNumber", context);
    }

    /** The record failed: retry from it. */
    public void failed(StreamEventReader.Record record, Exception error) {
        failed(record.sequenceNumber(), error);
    }

    /** The record with {@code sequenceNumber} failed: retry from it. */
    public void failed(String sequenceNumber, Exception error) {
        this.sequenceNumber = sequenceNumber;
        log.failed(sequenceNumber, error);
    }

    /** The timeout guard fired before {@code record}: retry from it. */
    public void timedOut(StreamEventReader.Record record) {
        timedOut(record.sequenceNumber());
    }

    /** The timeout guard fired before the record with {@code sequenceNumber}: retry from it. */
    public void timedOut(String sequenceNumber) {
        this.sequenceNumber = sequenceNumber;
        log.skipped(sequenceNumber, "not started: the invocation was about to time out");
    }

    /** The sequence number Lambda retries from, or null when every record succeeded. */
    public String sequenceNumber() {
        return sequenceNumber;
    }

    public void writeResponse(OutputStream output) throws IOException {
        StringBuilder json = new StringBuilder("{\"batchItemFailures\":[");
        if (sequenceNumber != null) {
            json.append("{\"itemIdentifier\":");
            JsonText.quote(sequenceNumber, json);
            json.append('}');
        }
        output.write(json.append("]}").toString().getBytes(StandardCharsets.UTF_8));
    }
}
