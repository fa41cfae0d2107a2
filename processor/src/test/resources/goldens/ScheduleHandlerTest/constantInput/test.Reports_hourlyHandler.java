package test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.sluice.runtime.JsonPayloadReader;
import dev.sluice.runtime.PayloadDecoder;
import dev.sluice.runtime.ScheduledEvents;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Generated;

/**
 * Lambda handler of function {@code hourly}: calls {@link Reports#hourly} when the EventBridge rule
 * <code>rate(1 hour)</code> fires (UTC).
 *
 * <p>An exception fails the invocation: Lambda retries it asynchronously.
 *
 * <p>Handler: {@code test.Reports_hourlyHandler::handleRequest}
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Reports_hourlyHandler implements RequestStreamHandler {
    private static final String FUNCTION_NAME = "hourly";

    /**
     * Decodes the rule's input with code generated for Reports.Job; built once per container.
     * Properties the type does not declare are ignored.
     */
    private static final PayloadDecoder<Reports.Job> INPUT_DECODER = JsonPayloadReader.of(Reports.Job.class, Reports_Job_JsonDecoder.TOLERANT);

    /**
     * Created once per container, during Lambda's init phase, and reused by every invocation.
     */
    private final Reports target = new Reports();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws
            IOException {
        byte[] event = input.readAllBytes();
        try {
            target.hourly(INPUT_DECODER.read(new String(event, StandardCharsets.UTF_8)));
        } catch (Exception e) {
            // Fail the invocation: Lambda retries asynchronous invocations, then uses the on-failure destination.
            throw ScheduledEvents.failed(FUNCTION_NAME, context, e);
        }
    }
}
