package dev.sluice.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.sluice.bench.http.UserDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-written counterpart of the generated {@code UserApi_getUserHandler}, as AWS's examples write one:
 * a {@code RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>} with one static Jackson writer, the
 * path parameter, 200 with the user as JSON or 404, and the CORS headers on both.
 */
public final class BaselineGetUserHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final ObjectWriter USERS = new ObjectMapper().writerFor(UserDirectory.User.class);
    private static final String ORIGIN = "https://app.example.com";

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        Map<String, String> headers = new LinkedHashMap<>();
        String origin = event.getHeaders() == null ? null : event.getHeaders().get("origin");
        if (ORIGIN.equals(origin)) {
            headers.put("Access-Control-Allow-Origin", ORIGIN);
            headers.put("Vary", "Origin");
        }
        String userId = event.getPathParameters() == null ? null : event.getPathParameters().get("userId");
        Optional<UserDirectory.User> user = userId == null ? Optional.empty() : UserDirectory.find(userId);
        try {
            if (user.isEmpty()) {
                headers.put("Content-Type", "application/problem+json");
                return APIGatewayV2HTTPResponse.builder().withStatusCode(404).withHeaders(headers)
                        .withBody("{\"status\":404,\"error\":\"Not Found\"}").build();
            }
            headers.put("Content-Type", "application/json");
            return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers)
                    .withBody(USERS.writeValueAsString(user.get())).build();
        } catch (JsonProcessingException e) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(500).withHeaders(headers).build();
        }
    }
}
