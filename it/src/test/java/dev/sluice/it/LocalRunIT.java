package dev.sluice.it;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.maven.HttpGateway;
import dev.sluice.maven.Invocation;
import dev.sluice.maven.LocalPipeline;
import dev.sluice.maven.WarmFunction;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code sluice:run}'s parts on the example, over real HTTP on loopback: the HTTP API and the REST API on their own
 * ports, events built as API Gateway builds them, functions kept warm in their own JVMs. (The whole run, tables
 * included, is {@link ExampleRunIT}.)
 */
class LocalRunIT {

    private static final Path EXAMPLE = ServerlessFramework.ROOT.resolve("example-pipelines");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void routesReachTheirFunctionsAsApiGatewayWouldCallThem() throws Exception {
        LocalPipeline pipeline = LocalPipeline.read(EXAMPLE.resolve("target/classes"));
        List<String> classpath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        List<WarmFunction> functions = new ArrayList<>();
        for (String name : List.of("publicApi", "getUser", "createUser")) {
            LocalPipeline.Function function = pipeline.function(name).orElseThrow();
            functions.add(new WarmFunction(new Invocation(pipeline, function, null), function,
                    Path.of(System.getProperty("java.home"), "bin", "java"), classpath, out));
        }
        try (HttpGateway gateway = new HttpGateway(functions, 0, out)) {
            String httpApi = gateway.urls().get("HTTP_API");
            String rest = gateway.urls().get("REST");

            // The HTTP API's greedy route, twice: the second call reuses the warm JVM.
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(httpApi
                        + "/status/to%20day?verbose=true")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).isEqualTo("GET /status/to%20day for anonymous\n");
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
            }
            // The REST API: routing by path parameter; the function's own 500 (its store is unreachable) passes
            // through with the route's CORS headers.
            HttpResponse<String> user = http.send(HttpRequest.newBuilder(URI.create(rest + "/users/u-1"))
                    .header("Origin", "https://app.example.com").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(user.statusCode()).isEqualTo(500);
            assertThat(new ObjectMapper().readTree(user.body()).get("requestId").asText()).isNotEmpty();
            assertThat(user.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
            // A body that does not decode is the function's 400; an unknown path is API Gateway's 404.
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(rest + "/users"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"email\":"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(rest + "/nothing")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(none.statusCode()).isEqualTo(404);
        } finally {
            functions.forEach(WarmFunction::close);
        }
        String lines = log.toString(StandardCharsets.UTF_8);
        assertThat(lines).contains("publicApi: GET /status/to%20day?verbose=true → 200");
    }
}
