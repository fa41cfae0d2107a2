package test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.sluice.runtime.JsonPayloadReader;
import dev.sluice.runtime.KinesisEventReader;
import dev.sluice.runtime.KinesisRecord;
import dev.sluice.runtime.PayloadDecoder;
import dev.sluice.runtime.StreamCheckpoint;
import dev.sluice.runtime.TimeoutGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Lambda handler of function {@code click}: calls {@link Listener#click} for each record of Kinesis stream
 * <code>clicks</code>, in shard order.
 *
 * <p>At the first failure the response names that record's sequence number and nothing after it is
 * processed: Lambda retries from there, so the order of records holds.
 *
 * <p>Handler: {@code test.Listener_clickHandler::handleRequest}
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Listener_clickHandler implements RequestStreamHandler {
    private static final String FUNCTION_NAME = "click";

    /**
     * Below this much remaining time no record is started (@Function.timeoutMarginMillis).
     */
    private static final long TIMEOUT_MARGIN_MILLIS = 2000L;

    /**
     * Decodes record data with code generated for Listener.Click; built once per container.
     * Properties the type does not declare are ignored.
     */
    private static final PayloadDecoder<Listener.Click> PAYLOAD_DECODER = JsonPayloadReader.of(Listener.Click.class, Listener_Click_JsonDecoder.TOLERANT);

    /**
     * Created once per container, during Lambda's init phase, and reused by every invocation.
     */
    private final Listener target = new Listener();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws
            IOException {
        List<KinesisRecord> records = KinesisEventReader.read(input);
        StreamCheckpoint checkpoint = new StreamCheckpoint(FUNCTION_NAME, context);
        for (KinesisRecord record : records) {
            if (TimeoutGuard.expiring(context, TIMEOUT_MARGIN_MILLIS)) {
                // Checkpoint here instead of timing out: a timeout would retry the whole batch.
                checkpoint.timedOut(record.sequenceNumber());
                break;
            }
            try {
                target.click(PAYLOAD_DECODER.read(record.text()), record);
            } catch (Exception e) {
                // Streams keep order: retry from this record, and process nothing after it.
                checkpoint.failed(record.sequenceNumber(), e);
                break;
            }
        }
        checkpoint.writeResponse(output);
    }
}
