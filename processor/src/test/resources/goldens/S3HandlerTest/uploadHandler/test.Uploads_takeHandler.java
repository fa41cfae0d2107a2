package test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.sluice.runtime.S3EventReader;
import dev.sluice.runtime.S3Failures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Lambda handler of function {@code take}: calls {@link Uploads#take} for each object uploaded to bucket
 * <code>uploads</code> under <code>uploads/</code> ending in <code>.csv</code>.
 *
 * <p>Every record is attempted; if any failed, the invocation fails naming them, and Lambda
 * retries the event asynchronously (records that succeeded come again).
 *
 * <p>Handler: {@code test.Uploads_takeHandler::handleRequest}
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Uploads_takeHandler implements RequestStreamHandler {
    private static final String FUNCTION_NAME = "take";

    /**
     * Created once per container, during Lambda's init phase, and reused by every invocation.
     */
    private final Uploads target = new Uploads();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws
            IOException {
        List<S3EventReader.Record> records = S3EventReader.read(input);
        S3Failures failures = new S3Failures(FUNCTION_NAME, context);
        for (S3EventReader.Record record : records) {
            try {
                // Keys arrive URL-encoded; a key that does not decode fails only this record.
                target.take(record.upload());
            } catch (Exception e) {
                failures.failed(record, e);
            }
        }
        failures.throwIfAny();
    }
}
