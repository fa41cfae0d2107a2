package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compileWithPipeline;
import static dev.sluice.processor.Compiler.source;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import dev.sluice.local.LocalContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * {@code @OnHttp} handlers, compiled and invoked with API Gateway events of both payload formats (2.0 from an HTTP
 * API, 1.0 from a REST API, base64 body included): binding, return values, errors and CORS on every response.
 */
class HttpHandlerTest {

    private static final JavaFileObject USERS = source("Users",
            "import dev.sluice.runtime.HttpException;",
            "import dev.sluice.runtime.HttpRequest;",
            "import dev.sluice.runtime.HttpResponse;",
            "import java.util.List;",
            "import java.util.Optional;",
            "public class Users {",
            "    public record NewUser(String name, String email) {}",
            "    public record User(String id, String name, String email) {}",
            "    public enum Sort { NAME, EMAIL }",
            "",
            "    @OnHttp(method = OnHttp.Method.GET, path = \"/users/{userId}\",",
            "            cors = @OnHttp.Cors(origins = \"https://app.example.com\"))",
            "    public Optional<User> getUser(String userId, @Query Optional<Boolean> verbose,",
            "            @Header(\"X-Trace\") String trace, HttpRequest request) {",
            "        dev.sluice.processor.Recorder.record(userId + \" \" + verbose + \" \" + trace + \" \"",
            "                + request.cookies() + \" \" + request.userArn().orElse(\"-\")",
            "                + \" \" + request.queryParameters().get(\"tag\"));",
            "        return userId.equals(\"u-42\") ? Optional.of(new User(userId, \"Ada\", \"ada@example.com\"))",
            "                : Optional.empty();",
            "    }",
            "",
            "    @OnHttp(method = OnHttp.Method.POST, path = \"/users\", api = OnHttp.Api.REST,",
            "            cors = @OnHttp.Cors(origins = {\"https://app.example.com\", \"https://admin.example.com\"}))",
            "    public HttpResponse createUser(NewUser user) {",
            "        if (user.name().isBlank()) {",
            "            throw new HttpException.UnprocessableEntity(\"name must not be blank\");",
            "        }",
            "        dev.sluice.processor.Recorder.record(\"created \" + user.name());",
            "        return HttpResponse.json(201, \"{\\\"id\\\":\\\"u-1\\\"}\").withHeader(\"Location\", \"/users/u-1\")",
            "                .withCookie(\"seen=1\");",
            "    }",
            "",
            "    @OnHttp(method = OnHttp.Method.GET, path = \"/users\", status = 206)",
            "    public List<String> list(@Query int limit, @Query Optional<Sort> sort) {",
            "        return List.of(\"limit=\" + limit, \"sort=\" + sort.map(Enum::name).orElse(\"none\"));",
            "    }",
            "",
            "    @OnHttp(method = OnHttp.Method.ANY, path = \"/{proxy+}\", api = OnHttp.Api.FUNCTION_URL)",
            "    public String files(String proxy, HttpRequest request) {",
            "        return request.method() + \" \" + proxy;",
            "    }",
            "",
            "    @OnHttp(method = OnHttp.Method.GET, path = \"/open\", api = OnHttp.Api.REST,",
            "            cors = @OnHttp.Cors(origins = \"*\", headers = {\"X-Tenant\", \"Content-Type\"}, maxAgeSeconds = 600))",
            "    public String open() { return \"open\"; }",
            "",
            "    @OnHttp(method = OnHttp.Method.GET, path = \"/private\", api = OnHttp.Api.REST,",
            "            cors = @OnHttp.Cors(origins = {\"https://a.example.com\", \"https://b.example.com\"},",
            "                    credentials = true))",
            "    public String restricted() { return \"private\"; }",
            "",
            "    @OnHttp(method = OnHttp.Method.GET, path = \"/echo\")",
            "    public String echo(@Query String text, @Query Optional<Integer> repeat) {",
            "        return text.repeat(repeat.orElse(1));",
            "    }",
            "",
            "    @OnHttp(method = OnHttp.Method.DELETE, path = \"/users/{userId}\")",
            "    public void delete(String userId) {",
            "        if (userId.equals(\"boom\")) {",
            "            throw new IllegalStateException(\"table unavailable for \" + userId);",
            "        }",
            "    }",
            "}");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Compilation compilation;
    private static CompiledClasses classes;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeAll
    static void compile() {
        compilation = compileWithPipeline(USERS);
        assertThat(compilation).succeededWithoutWarnings();
        classes = new CompiledClasses(compilation);
    }

    @BeforeEach
    void reset() {
        Recorder.reset(() -> { });
    }

    @Test
    void handlerReadsLikeHandWrittenCode(TestInfo test) {
        Goldens.assertGenerated(compilation, "test.Users_getUserHandler", test);
    }

    @Test
    void pathQueryHeaderCookiesAndIdentityAreBound() throws Exception {
        JsonNode response = invoke("test.Users_getUserHandler", fixture("apigw-v2-get-user.json"));

        assertThat(Recorder.calls()).containsExactly(
                "u-42 Optional[true] t-1 [session=abc, theme=dark] arn:aws:iam::123456789012:user/alice [a, b]");
        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(JSON.readTree(response.get("body").asText()))
                .isEqualTo(JSON.readTree("{\"id\":\"u-42\",\"name\":\"Ada\",\"email\":\"ada@example.com\"}"));
        assertThat(response.get("headers").get("Content-Type").asText()).isEqualTo("application/json");
        assertThat(response.get("headers").get("Access-Control-Allow-Origin").asText())
                .isEqualTo("https://app.example.com");
        assertThat(response.get("headers").get("Vary").asText()).isEqualTo("Origin");
        assertThat(response.get("isBase64Encoded").asBoolean()).isFalse();
    }

    @Test
    void anEmptyOptionalIs404WithCorsHeaders() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(fixture("apigw-v2-get-user.json"));
        ((ObjectNode) event.get("pathParameters")).put("userId", "u-7");
        JsonNode response = invoke("test.Users_getUserHandler", JSON.writeValueAsBytes(event));

        assertThat(response.get("statusCode").asInt()).isEqualTo(404);
        assertThat(response.get("headers").get("Access-Control-Allow-Origin").asText())
                .isEqualTo("https://app.example.com");
        JsonNode problem = JSON.readTree(response.get("body").asText());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("requestId").asText()).isEqualTo("id-v2");
    }

    @Test
    void aMissingRequiredHeaderIs400NamingIt() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(fixture("apigw-v2-get-user.json"));
        ((ObjectNode) event.get("headers")).remove("x-trace");
        JsonNode response = invoke("test.Users_getUserHandler", JSON.writeValueAsBytes(event));

        assertThat(response.get("statusCode").asInt()).isEqualTo(400);
        assertThat(JSON.readTree(response.get("body").asText()).get("message").asText())
                .isEqualTo("missing header X-Trace");
        assertThat(Recorder.calls()).isEmpty();
    }

    @Test
    void aQueryValueThatDoesNotConvertIs400() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(fixture("apigw-v2-get-user.json"));
        event.set("queryStringParameters", JSON.readTree("{\"limit\": \"ten\", \"sort\": \"NAME\"}"));
        JsonNode response = invoke("test.Users_listHandler", JSON.writeValueAsBytes(event));

        assertThat(response.get("statusCode").asInt()).isEqualTo(400);
        assertThat(JSON.readTree(response.get("body").asText()).get("message").asText())
                .isEqualTo("query parameter limit: expected an integer from -2147483648 to 2147483647, got 'ten'");

        event.set("queryStringParameters", JSON.readTree("{\"limit\": \"10\", \"sort\": \"EMAIL\"}"));
        JsonNode ok = invoke("test.Users_listHandler", JSON.writeValueAsBytes(event));
        assertThat(ok.get("statusCode").asInt()).isEqualTo(206);
        assertThat(ok.get("body").asText()).isEqualTo("[\"limit=10\",\"sort=EMAIL\"]");
    }

    @Test
    void aRestEventWithABase64BodyDecodesAndTheResponseKeepsStatusHeadersAndCookies() throws Exception {
        JsonNode response = invoke("test.Users_createUserHandler", fixture("apigw-v1-create-user.json"));

        assertThat(Recorder.calls()).containsExactly("created Ada");
        assertThat(response.get("statusCode").asInt()).isEqualTo(201);
        assertThat(response.get("headers").get("Location").asText()).isEqualTo("/users/u-1");
        assertThat(response.get("multiValueHeaders").get("Set-Cookie").get(0).asText()).isEqualTo("seen=1");
        assertThat(response.get("headers").get("Access-Control-Allow-Origin").asText())
                .isEqualTo("https://app.example.com");
    }

    @Test
    void aBodyThatDoesNotDecodeIs400AndAWrongContentTypeIs415() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(fixture("apigw-v1-create-user.json"));
        event.put("isBase64Encoded", false).put("body", "{\"name\": ");
        JsonNode bad = invoke("test.Users_createUserHandler", JSON.writeValueAsBytes(event));
        assertThat(bad.get("statusCode").asInt()).isEqualTo(400);
        assertThat(bad.get("headers").get("Access-Control-Allow-Origin").asText())
                .isEqualTo("https://app.example.com");

        ((ObjectNode) event.get("multiValueHeaders")).set("Content-Type", JSON.readTree("[\"text/csv\"]"));
        JsonNode unsupported = invoke("test.Users_createUserHandler", JSON.writeValueAsBytes(event));
        assertThat(unsupported.get("statusCode").asInt()).isEqualTo(415);
    }

    @Test
    void anHttpExceptionKeepsItsStatusAndMessage() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(fixture("apigw-v1-create-user.json"));
        event.put("isBase64Encoded", false).put("body", "{\"name\": \" \", \"email\": \"x@example.com\"}");
        JsonNode response = invoke("test.Users_createUserHandler", JSON.writeValueAsBytes(event));

        assertThat(response.get("statusCode").asInt()).isEqualTo(422);
        assertThat(JSON.readTree(response.get("body").asText()).get("message").asText())
                .isEqualTo("name must not be blank");
    }

    @Test
    void anyOtherExceptionIs500WithTheRequestIdOnlyAndIsLoggedWithItsStackTrace() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(fixture("apigw-v2-get-user.json"));
        ((ObjectNode) event.get("pathParameters")).put("userId", "boom");
        JsonNode response = invoke("test.Users_deleteHandler", JSON.writeValueAsBytes(event));

        assertThat(response.get("statusCode").asInt()).isEqualTo(500);
        assertThat(response.get("body").asText()).doesNotContain("table unavailable");
        assertThat(JSON.readTree(response.get("body").asText()).get("requestId").asText()).isEqualTo("id-v2");
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("\"errorMessage\":\"table unavailable for boom\"");
        assertThat(logged).contains("\"stackTrace\":\"java.lang.IllegalStateException");

        ((ObjectNode) event.get("pathParameters")).put("userId", "u-1");
        assertThat(invoke("test.Users_deleteHandler", JSON.writeValueAsBytes(event)).get("statusCode").asInt())
                .isEqualTo(204);
    }

    @Test
    void aFunctionUrlGetsTheWholePathAsItsGreedyParameter() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(fixture("apigw-v2-get-user.json"));
        event.remove("pathParameters");
        event.remove("routeKey");
        event.put("rawPath", "/reports/2026/11.csv");
        JsonNode response = invoke("test.Users_filesHandler", JSON.writeValueAsBytes(event));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.get("body").asText()).isEqualTo("GET reports/2026/11.csv");
        assertThat(response.get("headers").get("Content-Type").asText()).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void anyTextReachesTheCallerUnchangedLoneSurrogatesAndEmojiIncluded() throws Exception {
        String text = "caf\u00e9 \ud83d\ude00 \ud800 \u2028 \"q\" \\ <>";
        ObjectNode event = (ObjectNode) JSON.readTree(fixture("apigw-v2-get-user.json"));
        event.set("queryStringParameters", JSON.createObjectNode().put("text", text));
        JsonNode response = invoke("test.Users_echoHandler", JSON.writeValueAsBytes(event));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.get("body").asText()).isEqualTo(text);
    }

    @Test
    void aResponseOverLambdasSixMegabytesIsALogged500() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(fixture("apigw-v2-get-user.json"));
        event.set("queryStringParameters", JSON.createObjectNode().put("text", "0123456789").put("repeat", "700000"));
        JsonNode response = invoke("test.Users_echoHandler", JSON.writeValueAsBytes(event));

        assertThat(response.get("statusCode").asInt()).isEqualTo(500);
        assertThat(JSON.readTree(response.get("body").asText()).get("message").asText())
                .isEqualTo("response too large");
        assertThat(response.get("headers").get("Access-Control-Allow-Origin")).isNull();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("exceeds Lambda's 6291456-byte limit");
    }

    /** The sample events the processor writes reach the method: path parameters filled, a body that decodes. */
    @Test
    void sampleEventsReachTheMethod() throws Exception {
        JsonNode created = invoke("test.Users_createUserHandler", sample("createUser"));
        assertThat(created.get("statusCode").asInt()).isEqualTo(201);
        assertThat(Recorder.calls()).containsExactly("created sample-name");

        JsonNode got = invoke("test.Users_getUserHandler", sample("getUser"));
        assertThat(got.get("statusCode").asInt()).isEqualTo(400); // X-Trace is required and the sample sends none
        assertThat(JSON.readTree(got.get("body").asText()).get("message").asText()).isEqualTo("missing header X-Trace");
    }

    private static byte[] sample(String function) throws Exception {
        try (InputStream in = compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
                "sluice/events/" + function + ".json").orElseThrow().openInputStream()) {
            return in.readAllBytes();
        }
    }

    /** Every CORS attribute reaches the headers: any origin, max age, extra headers, credentials per origin. */
    @Test
    void corsHeadersFollowEveryAttribute() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(fixture("apigw-v1-create-user.json"));
        event.put("httpMethod", "GET").put("path", "/open").putNull("body").put("isBase64Encoded", false);
        JsonNode open = invoke("test.Users_openHandler", JSON.writeValueAsBytes(event)).get("headers");
        assertThat(open.get("Access-Control-Allow-Origin").asText()).isEqualTo("*");
        assertThat(open.has("Vary")).isFalse();
        assertThat(open.get("Access-Control-Allow-Headers").asText()).isEqualTo("X-Tenant,Content-Type");
        assertThat(open.get("Access-Control-Max-Age").asText()).isEqualTo("600");
        assertThat(open.get("Access-Control-Allow-Methods").asText()).isEqualTo("GET");
        assertThat(open.has("Access-Control-Allow-Credentials")).isFalse();

        ObjectNode headers = (ObjectNode) event.get("multiValueHeaders");
        headers.set("Origin", JSON.readTree("[\"https://b.example.com\"]"));
        event.put("path", "/private");
        JsonNode allowed = invoke("test.Users_restrictedHandler", JSON.writeValueAsBytes(event)).get("headers");
        assertThat(allowed.get("Access-Control-Allow-Origin").asText()).isEqualTo("https://b.example.com");
        assertThat(allowed.get("Access-Control-Allow-Credentials").asText()).isEqualTo("true");
        assertThat(allowed.get("Vary").asText()).isEqualTo("Origin");
        assertThat(allowed.has("Access-Control-Max-Age")).isFalse();

        headers.set("Origin", JSON.readTree("[\"https://evil.example.com\"]"));
        JsonNode refused = invoke("test.Users_restrictedHandler", JSON.writeValueAsBytes(event)).get("headers");
        assertThat(refused.has("Access-Control-Allow-Origin")).isFalse();
        assertThat(refused.has("Access-Control-Allow-Credentials")).isFalse();
    }

    private JsonNode invoke(String handler, byte[] event) throws Exception {
        RequestStreamHandler instance = classes.newInstance(handler, RequestStreamHandler.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        instance.handleRequest(new ByteArrayInputStream(event), out,
                new LocalContext("users", 512, 10, new PrintStream(log, true, StandardCharsets.UTF_8)));
        return JSON.readTree(out.toByteArray());
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = HttpHandlerTest.class.getClassLoader().getResourceAsStream("events/" + name)) {
            return in.readAllBytes();
        }
    }
}
