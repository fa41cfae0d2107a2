package test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.sluice.runtime.EventBridgeEvent;
import dev.sluice.runtime.EventBridgeEventReader;
import dev.sluice.runtime.EventBridgeInvocationException;
import dev.sluice.runtime.JsonPayloadReader;
import dev.sluice.runtime.PayloadDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.annotation.processing.Generated;

/**
 * Lambda handler of function {@code large}: calls {@link Listener#large} for each event on the <code>payments</code>
 * EventBridge bus that matches the rule's pattern.
 *
 * <p>An event whose decoding or processing throws fails the invocation: Lambda retries it
 * asynchronously.
 *
 * <p>Handler: {@code test.Listener_largeHandler::handleRequest}
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Listener_largeHandler implements RequestStreamHandler {
    private static final String FUNCTION_NAME = "large";

    /**
     * Decodes each event's detail with code generated for Listener.Settled; built once per container.
     * Properties the type does not declare are ignored.
     */
    private static final PayloadDecoder<Listener.Settled> DETAIL_DECODER = JsonPayloadReader.of(Listener.Settled.class, Listener_Settled_JsonDecoder.TOLERANT);

    /**
     * Created once per container, during Lambda's init phase, and reused by every invocation.
     */
    private final Listener target = new Listener();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws
            IOException {
        EventBridgeEvent event = EventBridgeEventReader.read(input);
        try {
            target.large(DETAIL_DECODER.read(event.detail()), event);
        } catch (Exception e) {
            // Fail the invocation: Lambda retries asynchronous invocations, then uses the on-failure destination.
            throw EventBridgeInvocationException.failed(FUNCTION_NAME, context, event, e);
        }
    }
}
