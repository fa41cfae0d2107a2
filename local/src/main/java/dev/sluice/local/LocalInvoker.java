package dev.sluice.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Loads a handler by the string Lambda is configured with ({@code com.x.Handler::handleRequest}) and invokes
 * it with event bytes, as AWS's Java runtime does: a {@link RequestStreamHandler} gets the bytes; a
 * {@link RequestHandler} gets the event decoded by aws-lambda-java-serialization (the library the runtime
 * uses, with its mix-ins for the aws-lambda-java-events types) and its result is encoded the same way.
 *
 * <p>The handler is instantiated once per invoker, like once per container.
 */
public final class LocalInvoker {

    private final Object handler;
    private final PojoSerializer<Object> input;
    private final PojoSerializer<Object> output;

    public LocalInvoker(String handlerReference, ClassLoader loader) throws ReflectiveOperationException {
        int separator = handlerReference.indexOf("::");
        String className = separator < 0 ? handlerReference : handlerReference.substring(0, separator);
        if (separator >= 0 && !handlerReference.substring(separator + 2).equals("handleRequest")) {
            throw new IllegalArgumentException("only handleRequest handlers are supported, got " + handlerReference);
        }
        Class<?> type = Class.forName(className, true, loader);
        this.handler = type.getConstructor().newInstance();
        if (handler instanceof RequestStreamHandler) {
            input = null;
            output = null;
        } else if (handler instanceof RequestHandler<?, ?>) {
            Type[] arguments = requestHandlerArguments(type);
            input = serializer(arguments[0], loader);
            output = serializer(arguments[1], loader);
        } else {
            throw new IllegalArgumentException(className + " implements neither RequestHandler nor RequestStreamHandler");
        }
    }

    /** Invokes the handler once with {@code event} and returns the response bytes Lambda would send back. */
    @SuppressWarnings("unchecked")
    public byte[] invoke(byte[] event, Context context) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        if (handler instanceof RequestStreamHandler stream) {
            stream.handleRequest(new ByteArrayInputStream(event), response, context);
        } else {
            Object request = input.fromJson(new ByteArrayInputStream(event));
            Object result = ((RequestHandler<Object, Object>) handler).handleRequest(request, context);
            output.toJson(result, response);
        }
        return response.toByteArray();
    }

    private static Type[] requestHandlerArguments(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Type candidate : c.getGenericInterfaces()) {
                if (candidate instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == RequestHandler.class) {
                    return parameterized.getActualTypeArguments();
                }
            }
        }
        throw new IllegalArgumentException(type.getName() + " does not name RequestHandler's type arguments");
    }

    @SuppressWarnings("unchecked")
    private static PojoSerializer<Object> serializer(Type type, ClassLoader loader) {
        Class<Object> raw = (Class<Object>) (type instanceof ParameterizedType p ? p.getRawType() : type);
        if (LambdaEventSerializers.isLambdaSupportedEvent(raw.getName())) {
            return LambdaEventSerializers.serializerFor(raw, loader);
        }
        return JacksonFactory.getInstance().getSerializer(raw);
    }
}
