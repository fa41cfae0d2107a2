package test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.sluice.runtime.JsonPayloadReader;
import dev.sluice.runtime.PayloadDecoder;
import dev.sluice.runtime.SqsBatchFailures;
import dev.sluice.runtime.SqsEventReader;
import dev.sluice.runtime.SqsRecord;
import dev.sluice.runtime.TimeoutGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Lambda handler of function {@code ship}: calls {@link Orders#ship} for each message
 * of the FIFO queue <code>orders.fifo</code>.
 *
 * <p>A message whose decoding or processing throws is reported in the batch response, and only that message
 * is retried (the event source mapping sets ReportBatchItemFailures). Once a message fails, the later
 * messages of its group are reported too, unprocessed, so that the group's order holds.
 *
 * <p>Handler: {@code test.Orders_shipHandler::handleRequest}
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Orders_shipHandler implements RequestStreamHandler {
    private static final String FUNCTION_NAME = "ship";

    /**
     * Below this much remaining time no message is started (@Function.timeoutMarginMillis).
     */
    private static final long TIMEOUT_MARGIN_MILLIS = 2000L;

    /**
     * Decodes bodies with code generated for Order; built once per container.
     * Properties the type does not declare are ignored.
     */
    private static final PayloadDecoder<Order> PAYLOAD_DECODER = JsonPayloadReader.of(Order.class, Order_JsonDecoder.TOLERANT);

    /**
     * Created once per container, during Lambda's init phase, and reused by every invocation.
     */
    private final Orders target = new Orders();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws
            IOException {
        List<SqsRecord> messages = SqsEventReader.read(input);
        SqsBatchFailures failures = new SqsBatchFailures(FUNCTION_NAME, context);
        for (int i = 0; i < messages.size(); i++) {
            if (TimeoutGuard.expiring(context, TIMEOUT_MARGIN_MILLIS)) {
                // Report the rest instead of timing out: a timeout would retry the whole batch.
                failures.timedOut(messages, i);
                break;
            }
            SqsRecord message = messages.get(i);
            if (failures.skipIfGroupFailed(message)) {
                // FIFO: a later message of a failed group must not overtake it.
                continue;
            }
            try {
                target.ship(PAYLOAD_DECODER.read(message.body()));
            } catch (Exception e) {
                failures.failed(message, e);
            }
        }
        failures.writeResponse(output);
    }
}
