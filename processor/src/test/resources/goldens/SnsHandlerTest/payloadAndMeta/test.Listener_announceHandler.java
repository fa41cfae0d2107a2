package test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.sluice.runtime.JsonPayloadReader;
import dev.sluice.runtime.PayloadDecoder;
import dev.sluice.runtime.SnsEventReader;
import dev.sluice.runtime.SnsInvocationException;
import dev.sluice.runtime.SnsMessage;
import dev.sluice.runtime.SnsRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.annotation.processing.Generated;

/**
 * Lambda handler of function {@code announce}: calls {@link Listener#announce} for each message published to the
 * SNS topic <code>payment-settled</code> that matches its filter policy.
 *
 * <p>A message whose decoding or processing throws fails the invocation: Lambda retries it
 * asynchronously.
 *
 * <p>Handler: {@code test.Listener_announceHandler::handleRequest}
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Listener_announceHandler implements RequestStreamHandler {
    private static final String FUNCTION_NAME = "announce";

    /**
     * Decodes messages with code generated for Listener.Settled; built once per container.
     * Properties the type does not declare are ignored.
     */
    private static final PayloadDecoder<Listener.Settled> PAYLOAD_DECODER = JsonPayloadReader.of(Listener.Settled.class, Listener_Settled_JsonDecoder.TOLERANT);

    /**
     * Created once per container, during Lambda's init phase, and reused by every invocation.
     */
    private final Listener target = new Listener();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws
            IOException {
        for (SnsRecord message : SnsEventReader.read(input)) {
            try {
                target.announce(PAYLOAD_DECODER.read(message.message()), SnsMessage.of(message));
            } catch (Exception e) {
                // Fail the invocation: Lambda retries asynchronous invocations, then uses the on-failure destination.
                throw SnsInvocationException.failed(FUNCTION_NAME, context, message, e);
            }
        }
    }
}
