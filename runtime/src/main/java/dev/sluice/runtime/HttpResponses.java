package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * The responses of {@code @OnHttp} handlers: the ones a method's return value stands for, the problem bodies of
 * errors, and the proxy response document API Gateway reads, in the request's payload format, with the route's
 * CORS headers on every one.
 */
public final class HttpResponses {

    /** Lambda's limit on a synchronous response (the whole document API Gateway receives). */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;

    /**
     * Writes response documents with every non-ASCII character escaped: a body may hold any Java string, a lone
     * surrogate included, which has no UTF-8 form but always has a JSON escape.
     */
    private static final JsonFactory DOCUMENTS = JsonFactory.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

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
        ByteArrayOutputStream document = document(request, cors, response);
        if (document.size() > MAX_RESPONSE_BYTES) {
            new FailureLog(function, "requestId", context).problem(request.requestId(), "response of "
                    + document.size() + " bytes exceeds Lambda's " + MAX_RESPONSE_BYTES + "-byte limit");
            document = document(request, cors, problem(500, "response too large", request.requestId()));
        }
        document.writeTo(output);
    }

    private static ByteArrayOutputStream document(HttpRequest request, HttpCors cors, HttpResponse response) {
        int body = response.text() != null ? response.text().length()
                : response.binary() != null ? response.binary().length * 4 / 3 : 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + body + body / 8);
        try (JsonGenerator json = DOCUMENTS.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("statusCode", response.statusCode());
            json.writeObjectFieldStart("headers");
            Map<String, String> own = response.headers();
            for (Map.Entry<String, String> header : own.entrySet()) {
                json.writeStringField(header.getKey(), header.getValue());
            }
            for (Map.Entry<String, String> header : cors.headersFor(request.header("origin").orElse(null))
                    .entrySet()) {
                if (!own.containsKey(header.getKey())) {
                    json.writeStringField(header.getKey(), header.getValue());
                }
            }
            json.writeEndObject();
            if (!response.cookies().isEmpty()) {
                // 2.0 has a cookies list; 1.0 sends each as its own Set-Cookie header.
                if (request.format() == HttpRequest.PayloadFormat.V2) {
                    json.writeArrayFieldStart("cookies");
                } else {
                    json.writeObjectFieldStart("multiValueHeaders");
                    json.writeArrayFieldStart("Set-Cookie");
                }
                for (String cookie : response.cookies()) {
                    json.writeString(cookie);
                }
                json.writeEndArray();
                if (request.format() != HttpRequest.PayloadFormat.V2) {
                    json.writeEndObject();
                }
            }
            if (response.text() != null) {
                json.writeStringField("body", response.text());
            } else if (response.binary() != null) {
                json.writeStringField("body", Base64.getEncoder().encodeToString(response.binary()));
            }
            json.writeBooleanField("isBase64Encoded", response.isBinary());
            json.writeEndObject();
        } catch (IOException e) {
            // A ByteArrayOutputStream does not fail; the generator only reports its own misuse.
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
