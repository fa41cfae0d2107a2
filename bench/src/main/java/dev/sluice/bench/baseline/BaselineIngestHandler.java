package dev.sluice.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sluice.bench.overhead.Ingest;
import dev.sluice.examples.payments.Payment;
import java.util.ArrayList;
import java.util.List;

/** The hand-written counterpart of the generated {@code Ingest_ingestHandler}: decode, touch, report failures. */
public final class BaselineIngestHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final ObjectReader PAYMENTS = new ObjectMapper().readerFor(Payment.class);

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                Payment payment = PAYMENTS.readValue(message.getBody());
                String count = message.getAttributes().get("ApproximateReceiveCount");
                Ingest.sink += payment.paymentId().length() + (count == null ? 0 : Integer.parseInt(count));
            } catch (Exception e) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                context.getLogger().log("{\"level\":\"ERROR\",\"function\":\"ingest\",\"messageId\":\""
                        + message.getMessageId() + "\",\"errorType\":\"" + e.getClass().getName() + "\"}\n");
            }
        }
        return new SQSBatchResponse(failures);
    }
}
