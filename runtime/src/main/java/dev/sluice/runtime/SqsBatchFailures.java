package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The failures of one SQS batch, in the shape Lambda's {@code ReportBatchItemFailures} expects. Lambda deletes
 * every message of the batch that is not listed, so a message must be listed unless the method returned
 * normally for it: failed, skipped and never-reached messages all are. Each listed message is also logged once
 * (see {@link FailureLog}).
 *
 * <p>One instance per invocation; not thread-safe.
 */
public final class SqsBatchFailures {

    private final FailureLog log;
    private final List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    private Set<String> failedGroups;

    public SqsBatchFailures(String function, Context context) {
        this.log = new FailureLog(function, context);
    }

    /** The messages of an event, in delivery order; none for an event without records. */
    public static List<SQSEvent.SQSMessage> messages(SQSEvent event) {
        return event == null || event.getRecords() == null ? List.of() : event.getRecords();
    }

    /** Reports a message whose decoding or processing threw. */
    public void failed(SQSEvent.SQSMessage message, Exception error) {
        add(message.getMessageId());
        log.failed(message.getMessageId(), error);
        String group = groupOf(message);
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
    public boolean skipIfGroupFailed(SQSEvent.SQSMessage message) {
        String group = groupOf(message);
        if (failedGroups == null || group == null || !failedGroups.contains(group)) {
            return false;
        }
        add(message.getMessageId());
        log.skipped(message.getMessageId(), "an earlier message of its FIFO group failed in this batch");
        return true;
    }

    /**
     * Reports {@code messages[from..]} failed without processing them: the timeout guard fired, and Lambda
     * will redeliver exactly these.
     */
    public void timedOut(List<SQSEvent.SQSMessage> messages, int from) {
        for (int i = from; i < messages.size(); i++) {
            String id = messages.get(i).getMessageId();
            add(id);
            log.skipped(id, "not started: the invocation was about to time out");
        }
    }

    /** The ids reported so far, in order. */
    public List<String> messageIds() {
        List<String> ids = new ArrayList<>(failures.size());
        failures.forEach(failure -> ids.add(failure.getItemIdentifier()));
        return ids;
    }

    /** The response Lambda reads: the listed messages are retried, every other one is deleted. */
    public SQSBatchResponse response() {
        return new SQSBatchResponse(failures);
    }

    private void add(String messageId) {
        failures.add(new SQSBatchResponse.BatchItemFailure(messageId));
    }

    private static String groupOf(SQSEvent.SQSMessage message) {
        return message.getAttributes() == null ? null : message.getAttributes().get("MessageGroupId");
    }
}
