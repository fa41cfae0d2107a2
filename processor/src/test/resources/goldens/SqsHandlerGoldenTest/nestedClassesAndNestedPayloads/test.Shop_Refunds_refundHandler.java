package test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.sluice.runtime.PayloadReader;
import dev.sluice.runtime.SqsBatchFailures;
import dev.sluice.runtime.SqsMessage;
import dev.sluice.runtime.TimeoutGuard;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Lambda handler of function {@code refund}: calls {@link Shop.Refunds#refund} for each message
 * of the SQS queue {@code orders}.
 *
 * <p>A message whose decoding or processing throws is reported in the batch response, and only that message
 * is retried (the event source mapping sets ReportBatchItemFailures).
 *
 * <p>Handler: {@code test.Shop_Refunds_refundHandler::handleRequest}
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Shop_Refunds_refundHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final String FUNCTION_NAME = "refund";

    /**
     * Below this much remaining time no message is started (@Function.timeoutMarginMillis).
     */
    private static final long TIMEOUT_MARGIN_MILLIS = 2000L;

    /**
     * Decodes message bodies; built once per container.
     */
    private static final PayloadReader<Shop.Refund> PAYLOAD_READER = PayloadReader.of(Shop.Refund.class);

    /**
     * Created once per container, during Lambda's init phase, and reused by every invocation.
     */
    private final Shop.Refunds target = new Shop.Refunds();

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSEvent.SQSMessage> messages = SqsBatchFailures.messages(event);
        SqsBatchFailures failures = new SqsBatchFailures(FUNCTION_NAME, context);
        for (int i = 0; i < messages.size(); i++) {
            if (TimeoutGuard.expiring(context, TIMEOUT_MARGIN_MILLIS)) {
                // Report the rest instead of timing out: a timeout would retry the whole batch.
                failures.timedOut(messages, i);
                break;
            }
            SQSEvent.SQSMessage message = messages.get(i);
            try {
                target.refund(PAYLOAD_READER.read(message.getBody()), SqsMessage.of(message));
            } catch (Exception e) {
                failures.failed(message, e);
            }
        }
        return failures.response();
    }
}
