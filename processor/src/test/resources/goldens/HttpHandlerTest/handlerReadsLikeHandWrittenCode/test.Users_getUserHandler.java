package test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.sluice.runtime.HttpCors;
import dev.sluice.runtime.HttpEventReader;
import dev.sluice.runtime.HttpParams;
import dev.sluice.runtime.HttpRequest;
import dev.sluice.runtime.HttpResponse;
import dev.sluice.runtime.HttpResponses;
import dev.sluice.runtime.JsonPayloadWriter;
import dev.sluice.runtime.PayloadEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Lambda handler of function {@code getUser}: serves <code>GET /users/&#123;userId&#125;</code> on the HTTP API by calling {@link Users#getUser}.
 *
 * <p>Parameters that are missing or do not convert, and bodies that do not decode, are answered with 400; an {@code HttpException} with its status; anything else with 500.
 *
 * <p>Handler: {@code test.Users_getUserHandler::handleRequest}
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Users_getUserHandler implements RequestStreamHandler {
    private static final String FUNCTION_NAME = "getUser";

    /**
     * The route's CORS headers, added to every response, errors included.
     */
    private static final HttpCors CORS = HttpCors.of(List.of("https://app.example.com"), "GET", "Content-Type,Authorization", -1, false);

    /**
     * Writes Users.User as the JSON body with code generated for it; built once per container.
     */
    private static final PayloadEncoder<Users.User> ENCODER = JsonPayloadWriter.of(Users.User.class, Users_User_JsonEncoder.INSTANCE);

    /**
     * Created once per container, during Lambda's init phase, and reused by every invocation.
     */
    private final Users target = new Users();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws
            IOException {
        HttpRequest request = HttpEventReader.read(input);
        HttpResponse response;
        try {
            String userId = HttpParams.path(request, "userId");
            Optional<String> verboseText = HttpParams.query(request, "verbose");
            Optional<Boolean> verbose = verboseText.isPresent() ? Optional.of(HttpParams.toBoolean(verboseText.get(), "query parameter verbose")) : Optional.empty();
            String trace = HttpParams.required(HttpParams.header(request, "X-Trace"), "header X-Trace");
            Optional<Users.User> result = target.getUser(userId, verbose, trace, request);
            response = result.isPresent() ? HttpResponses.ok(ENCODER.write(result.get())) : HttpResponses.notFound(request);
        } catch (Exception e) {
            response = HttpResponses.error(FUNCTION_NAME, context, request, e);
        }
        HttpResponses.write(output, request, CORS, response, FUNCTION_NAME, context);
    }
}
