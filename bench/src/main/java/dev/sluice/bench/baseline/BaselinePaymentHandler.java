package dev.sluice.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sluice.examples.payments.Payment;
import dev.sluice.examples.payments.Payments;
import dev.sluice.runtime.SqsMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: what a careful engineer writes by hand for the example's {@code processPayment} without Sluice.
 * A plain {@code RequestHandler<SQSEvent, SQSBatchResponse>} (the Java runtime decodes the event with
 * aws-lambda-java-serialization), one static Jackson {@code ObjectReader}, the same business call and the same
 * partial-batch failure reporting and log line.
 */
public final class BaselinePaymentHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final ObjectReader PAYMENTS = new ObjectMapper().readerFor(Payment.class);

    private final Payments payments = new Payments();

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                Payment payment = PAYMENTS.readValue(message.getBody());
                payments.processPayment(payment, meta(message));
            } catch (Exception e) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                context.getLogger().log("{\"level\":\"ERROR\",\"function\":\"processPayment\",\"messageId\":\""
                        + message.getMessageId() + "\",\"errorType\":\"" + e.getClass().getName() + "\"}\n");
            }
        }
        return new SQSBatchResponse(failures);
    }

    private static SqsMessage meta(SQSEvent.SQSMessage message) {
        Map<String, String> attributes = message.getAttributes() == null ? Map.of() : message.getAttributes();
        Map<String, String> messageAttributes = new LinkedHashMap<>();
        if (message.getMessageAttributes() != null) {
            message.getMessageAttributes().forEach((name, value) -> {
                if (value.getStringValue() != null) {
                    messageAttributes.put(name, value.getStringValue());
                }
            });
        }
        String sent = attributes.get("SentTimestamp");
        String count = attributes.get("ApproximateReceiveCount");
        return new SqsMessage(message.getMessageId(), count == null ? 0 : Integer.parseInt(count),
                sent == null ? null : Instant.ofEpochMilli(Long.parseLong(sent)), attributes.get("MessageGroupId"),
                attributes.get("MessageDeduplicationId"), message.getEventSourceArn(), attributes, messageAttributes);
    }
}
