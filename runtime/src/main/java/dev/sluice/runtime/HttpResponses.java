package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The responses of {@code @OnHttp} handlers: the ones a method's return value stands for, the problem bodies of
 * errors, and the proxy response document API Gateway reads, in the request's payload format, with the route's
 * CORS headers on every one.
 */
public final class HttpResponses {

    /** Lambda's limit on a synchronous response (the whole document API Gateway receives). */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;

    private HttpResponses() {}

    /** 200 with a JSON document. */
    public static HttpResponse ok(String json) {
        return HttpResponse.json(200, json);
    }

    /** {@code status} (the route's success status) with a JSON document. */
    public static HttpResponse ok(int status, String json) {
        return HttpResponse.json(status, json);
    }

    /** 200 with text. */
    public static HttpResponse text(String text) {
        return text(200, text);
    }

    /** {@code status} with text. */
    public static HttpResponse text(int status, String text) {
        return HttpResponse.status(status).withBody(text, "text/plain; charset=utf-8");
    }

    /** 204: the method returned nothing. */
    public static HttpResponse noContent() {
        return HttpResponse.status(204);
    }

    /** 404: the method returned an empty Optional. */
    public static HttpResponse notFound(HttpRequest request) {
        return problem(404, "no resource at " + request.rawPath(), request.requestId());
    }

    /**
     * The response to a failed call: an {@link HttpException}'s status and message; 500 for anything else, with
     * only the request id in the body and the exception logged as one JSON line with its stack trace.
     */
    public static HttpResponse error(String function, Context context, HttpRequest request, Throwable error) {
        if (error instanceof HttpException http) {
            return problem(http.status(), http.getMessage(), request.requestId());
        }
        new FailureLog(function, "requestId", context).crashed(request.requestId(), error);
        return problem(500, null, request.requestId());
    }

    /** {@code {"status":404,"error":"Not Found","message":"...","requestId":"..."}}; no message for a 500. */
    static HttpResponse problem(int status, String message, String requestId) {
        StringBuilder json = new StringBuilder(96).append("{\"status\":").append(status).append(",\"error\":");
        JsonText.quote(reason(status), json);
        if (message != null) {
            json.append(",\"message\":");
            JsonText.quote(message, json);
        }
        json.append(",\"requestId\":");
        JsonText.quote(requestId, json);
        return HttpResponse.status(status).withBody(json.append('}').toString(), "application/problem+json");
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }

    /**
     * Writes {@code response} as the proxy response for {@code request}'s payload format, with CORS headers. A
     * document over Lambda's 6 MB limit would fail as a bare 500 from API Gateway: it is replaced by a 500 problem
     * and logged as such.
     */
    public static void write(OutputStream output, HttpRequest request, HttpCors cors, HttpResponse response,
            String function, Context context) throws IOException {
        byte[] document = document(request, cors, response);
        if (document.length > MAX_RESPONSE_BYTES) {
            new FailureLog(function, "requestId", context).problem(request.requestId(), "response of "
                    + document.length + " bytes exceeds Lambda's " + MAX_RESPONSE_BYTES + "-byte limit");
            document = document(request, cors, problem(500, "response too large", request.requestId()));
        }
        output.write(document);
    }

    private static byte[] document(HttpRequest request, HttpCors cors, HttpResponse response) {
        Map<String, String> headers = new LinkedHashMap<>(response.headers());
        cors.headersFor(request.header("origin").orElse(null)).forEach(headers::putIfAbsent);
        StringBuilder json = new StringBuilder(256).append("{\"statusCode\":").append(response.statusCode());
        json.append(",\"headers\":{");
        boolean first = true;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            json.append(first ? "" : ",");
            first = false;
            JsonText.quote(header.getKey(), json);
            json.append(':');
            JsonText.quote(header.getValue(), json);
        }
        json.append('}');
        if (!response.cookies().isEmpty()) {
            // 2.0 has a cookies list; 1.0 sends each as its own Set-Cookie header.
            json.append(request.format() == HttpRequest.PayloadFormat.V2
                    ? ",\"cookies\":[" : ",\"multiValueHeaders\":{\"Set-Cookie\":[");
            for (int i = 0; i < response.cookies().size(); i++) {
                json.append(i == 0 ? "" : ",");
                JsonText.quote(response.cookies().get(i), json);
            }
            json.append(request.format() == HttpRequest.PayloadFormat.V2 ? "]" : "]}");
        }
        byte[] body = response.bodyBytes();
        if (body != null) {
            json.append(",\"body\":");
            JsonText.quote(response.isBinary()
                    ? Base64.getEncoder().encodeToString(body)
                    : new String(body, StandardCharsets.UTF_8), json);
        }
        json.append(",\"isBase64Encoded\":").append(response.isBinary()).append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
