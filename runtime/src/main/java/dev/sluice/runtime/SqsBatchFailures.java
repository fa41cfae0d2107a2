package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The failures of one SQS batch, written as the {@code batchItemFailures} response Lambda's
 * {@code ReportBatchItemFailures} expects. Lambda deletes every message of the batch that is not listed, so a
 * message must be listed unless the method returned normally for it: failed, skipped and never-reached messages
 * all are. Each listed message is also logged once (see {@link FailureLog}).
 *
 * <p>One instance per invocation; not thread-safe.
 */
public final class SqsBatchFailures {

    private final FailureLog log;
    private final List<String> messageIds = new ArrayList<>();
    private Set<String> failedGroups;

    public SqsBatchFailures(String function, Context context) {
        this.log = new FailureLog(function, context);
    }

    /** Reports a message whose decoding or processing threw. */
    public void failed(SqsRecord message, Exception error) {
        messageIds.add(message.messageId());
        log.failed(message.messageId(), error);
        String group = message.messageGroupId();
        if (group != null) {
            if (failedGroups == null) {
                failedGroups = new HashSet<>();
            }
            failedGroups.add(group);
        }
    }

    /**
     * For FIFO queues: if an earlier message of this message's group failed in this batch, reports this one
     * failed too and returns true, and the caller must not process it. Processing it would let it overtake the
     * failed message, which SQS will redeliver later; FIFO promises order within a group.
     */
    public boolean skipIfGroupFailed(SqsRecord message) {
        String group = message.messageGroupId();
        if (failedGroups == null || group == null || !failedGroups.contains(group)) {
            return false;
        }
        messageIds.add(message.messageId());
        log.skipped(message.messageId(), "an earlier message of its FIFO group failed in this batch");
        return true;
    }

    /**
     * Reports {@code messages[from..]} failed without processing them: the timeout guard fired, and Lambda
     * will redeliver exactly these.
     */
    public void timedOut(List<SqsRecord> messages, int from) {
        for (int i = from; i < messages.size(); i++) {
            String id = messages.get(i).messageId();
            messageIds.add(id);
            log.skipped(id, "not started: the invocation was about to time out");
        }
    }

    /** The ids reported so far, in order. */
    public List<String> messageIds() {
        return List.copyOf(messageIds);
    }

    /**
     * Writes {@code {"batchItemFailures":[{"itemIdentifier":"..."},...]}}: the listed messages are retried,
     * every other one is deleted.
     */
    public void writeResponse(OutputStream output) throws IOException {
        StringBuilder json = new StringBuilder(32 + 48 * messageIds.size()).append("{\"batchItemFailures\":[");
        for (int i = 0; i < messageIds.size(); i++) {
            json.append(i == 0 ? "{\"itemIdentifier\":" : ",{\"itemIdentifier\":");
            JsonText.quote(messageIds.get(i), json);
            json.append('}');
        }
        output.write(json.append("]}").toString().getBytes(StandardCharsets.UTF_8));
    }
}
