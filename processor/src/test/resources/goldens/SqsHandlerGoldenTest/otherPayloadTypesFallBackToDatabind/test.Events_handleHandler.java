package test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.sluice.runtime.PayloadDecoder;
import dev.sluice.runtime.PayloadReader;
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
 * Lambda handler of function {@code handle}: calls {@link Events#handle} for each message
 * of the SQS queue <code>orders</code>.
 *
 * <p>A message whose decoding or processing throws is reported in the batch response, and only that message
 * is retried (the event source mapping sets ReportBatchItemFailures).
 *
 * <p>Handler: {@code test.Events_handleHandler::handleRequest}
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Events_handleHandler implements RequestStreamHandler {
    private static final String FUNCTION_NAME = "handle";

    /**
     * Below this much remaining time no message is started (@Function.timeoutMarginMillis).
     */
    private static final long TIMEOUT_MARGIN_MILLIS = 2000L;

    /**
     * Decodes bodies with Jackson databind (no generated decoder for Event); built once per container.
     * Properties the type does not declare are ignored.
     */
    private static final PayloadDecoder<Event> PAYLOAD_DECODER = PayloadReader.ignoringUnknownProperties(Event.class);

    /**
     * Created once per container, during Lambda's init phase, and reused by every invocation.
     */
    private final Events target = new Events();

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
            try {
                target.handle(PAYLOAD_DECODER.read(message.body()));
            } catch (Exception e) {
                failures.failed(message, e);
            }
        }
        failures.writeResponse(output);
    }
}
