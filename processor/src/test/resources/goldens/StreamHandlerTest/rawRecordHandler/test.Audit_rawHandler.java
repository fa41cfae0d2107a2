package test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.sluice.runtime.RawStreamRecords;
import dev.sluice.runtime.StreamCheckpoint;
import dev.sluice.runtime.StreamEventReader;
import dev.sluice.runtime.TimeoutGuard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Generated;
import org.crac.Core;
import org.crac.Resource;

/**
 * Lambda handler of function {@code raw}: calls {@link Audit#raw} for each change to table
 * <code>items</code>, in stream order.
 *
 * <p>At the first failure the response names that record's sequence number and nothing after it is
 * processed: Lambda retries from there, so the table's order of changes holds.
 *
 * <p>Handler: {@code test.Audit_rawHandler::handleRequest}
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Audit_rawHandler implements RequestStreamHandler, Resource {
    private static final String FUNCTION_NAME = "raw";

    /**
     * Below this much remaining time no record is started (@Function.timeoutMarginMillis).
     */
    private static final long TIMEOUT_MARGIN_MILLIS = 2000L;

    /**
     * Created once per container, during Lambda's init phase, and reused by every invocation.
     */
    private final Audit target = new Audit();

    public Audit_rawHandler() {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws
            IOException {
        List<StreamEventReader.Record> records = StreamEventReader.readComplete(input);
        StreamCheckpoint checkpoint = new StreamCheckpoint(FUNCTION_NAME, context);
        for (StreamEventReader.Record record : records) {
            if (TimeoutGuard.expiring(context, TIMEOUT_MARGIN_MILLIS)) {
                // Checkpoint here instead of timing out: a timeout would retry the whole batch.
                checkpoint.timedOut(record);
                break;
            }
            try {
                target.raw(RawStreamRecords.of(record));
            } catch (Exception e) {
                // Streams keep order: retry from this record, and process nothing after it.
                checkpoint.failed(record, e);
                break;
            }
        }
        checkpoint.writeResponse(output);
    }

    /**
     * SnapStart: restored containers start with the event reader loaded and warm.
     */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) throws Exception {
        StreamEventReader.readComplete(new ByteArrayInputStream("{\"Records\":[]}".getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
    }
}
