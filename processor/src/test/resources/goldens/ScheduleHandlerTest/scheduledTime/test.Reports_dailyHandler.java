package test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.sluice.runtime.ScheduledEvents;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.annotation.processing.Generated;

/**
 * Lambda handler of function {@code daily}: calls {@link Reports#daily} when the EventBridge rule
 * <code>cron(0 6 * * ? *)</code> fires (UTC).
 *
 * <p>An exception fails the invocation: Lambda retries it asynchronously.
 *
 * <p>Handler: {@code test.Reports_dailyHandler::handleRequest}
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Reports_dailyHandler implements RequestStreamHandler {
    private static final String FUNCTION_NAME = "daily";

    /**
     * Created once per container, during Lambda's init phase, and reused by every invocation.
     */
    private final Reports target = new Reports();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws
            IOException {
        byte[] event = input.readAllBytes();
        try {
            target.daily(ScheduledEvents.time(event));
        } catch (Exception e) {
            // Fail the invocation: Lambda retries asynchronous invocations, then uses the on-failure destination.
            throw ScheduledEvents.failed(FUNCTION_NAME, context, e);
        }
    }
}
