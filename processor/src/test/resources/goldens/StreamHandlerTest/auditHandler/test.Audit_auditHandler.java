package test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.sluice.runtime.JsonPayloadReader;
import dev.sluice.runtime.PayloadDecoder;
import dev.sluice.runtime.StreamCheckpoint;
import dev.sluice.runtime.StreamEventReader;
import dev.sluice.runtime.TimeoutGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Lambda handler of function {@code audit}: calls {@link Audit#audit} for each change to table
 * <code>items</code>, in stream order.
 *
 * <p>At the first failure the response names that record's sequence number and nothing after it is
 * processed: Lambda retries from there, so the table's order of changes holds.
 *
 * <p>Handler: {@code test.Audit_auditHandler::handleRequest}
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Audit_auditHandler implements RequestStreamHandler {
    private static final String FUNCTION_NAME = "audit";

    /**
     * Below this much remaining time no record is started (@Function.timeoutMarginMillis).
     */
    private static final long TIMEOUT_MARGIN_MILLIS = 2000L;

    /**
     * Decodes item images with code generated for Audit.Item; built once per container.
     * Properties the type does not declare are ignored.
     */
    private static final PayloadDecoder<Audit.Item> IMAGE_DECODER = JsonPayloadReader.of(Audit.Item.class, Audit_Item_JsonDecoder.TOLERANT);

    /**
     * Created once per container, during Lambda's init phase, and reused by every invocation.
     */
    private final Audit target = new Audit();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws
            IOException {
        List<StreamEventReader.Record> records = StreamEventReader.read(input);
        StreamCheckpoint checkpoint = new StreamCheckpoint(FUNCTION_NAME, context);
        for (StreamEventReader.Record record : records) {
            if (TimeoutGuard.expiring(context, TIMEOUT_MARGIN_MILLIS)) {
                // Checkpoint here instead of timing out: a timeout would retry the whole batch.
                checkpoint.timedOut(record);
                break;
            }
            try {
                target.audit(record.change(IMAGE_DECODER));
            } catch (Exception e) {
                // Streams keep order: retry from this record, and process nothing after it.
                checkpoint.failed(record, e);
                break;
            }
        }
        checkpoint.writeResponse(output);
    }
}
