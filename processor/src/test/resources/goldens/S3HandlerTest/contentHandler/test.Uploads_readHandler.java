package test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.sluice.runtime.S3EventReader;
import dev.sluice.runtime.S3Failures;
import dev.sluice.runtime.S3Objects;
import dev.sluice.runtime.S3Upload;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Lambda handler of function {@code read}: calls {@link Uploads#read} for each object uploaded to bucket
 * <code>uploads</code> under <code>csv/</code>.
 *
 * <p>Every record is attempted; if any failed, the invocation fails naming them, and Lambda
 * retries the event asynchronously (records that succeeded come again).
 *
 * <p>Handler: {@code test.Uploads_readHandler::handleRequest}
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Uploads_readHandler implements RequestStreamHandler {
    private static final String FUNCTION_NAME = "read";

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
                S3Upload upload = record.upload();
                try (InputStream content = S3Objects.open(upload.bucket(), upload.key(), upload.versionId())) {
                    target.read(upload, content);
                }
            } catch (Exception e) {
                failures.failed(record, e);
            }
        }
        failures.throwIfAny();
    }
}
