package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Route matching as API Gateway does it, query parsing, and what a run says when it cannot start. */
class HttpGatewayTest {

    private static HttpGateway.Route route(String method, String template) {
        return new HttpGateway.Route(null, "HTTP_API", method, template);
    }

    @Test
    void parametersAreDecodedAndAGreedyTailTakesTheRest() {
        assertThat(route("GET", "/users/{userId}").match("/users/a%20b")).hasValue(Map.of("userId", "a b"));
        assertThat(route("GET", "/users/{userId}").match("/users/a+b")).hasValue(Map.of("userId", "a+b"));
        assertThat(route("GET", "/users/{userId}").match("/users")).isEmpty();
        assertThat(route("GET", "/users/{userId}").match("/users/1/orders")).isEmpty();
        assertThat(route("ANY", "/{proxy+}").match("/a/b/c")).hasValue(Map.of("proxy", "a/b/c"));
        assertThat(route("ANY", "/{proxy+}").match("/")).isEmpty();
        assertThat(route("GET", "/").match("/")).hasValue(Map.of());
    }

    @Test
    void theMostSpecificRouteWins() {
        List<HttpGateway.Route> routes = new ArrayList<>(List.of(route("ANY", "/{proxy+}"),
                route("GET", "/users/{userId}"), route("ANY", "/users/me"), route("GET", "/users/me")));
        routes.sort(Comparator.comparing(HttpGateway.Route::specificity).reversed());

        assertThat(routes.get(0).method() + " " + routes.get(0).template()).isEqualTo("GET /users/me");
        assertThat(routes.get(1).method() + " " + routes.get(1).template()).isEqualTo("ANY /users/me");
        assertThat(routes.get(2).template()).isEqualTo("/users/{userId}");
        assertThat(routes.get(3).template()).isEqualTo("/{proxy+}");
    }

    @Test
    void aPortInUseSaysWhatToDo() throws Exception {
        LocalPipeline.Function function = new LocalPipeline.Function("api", "x.Y::handleRequest", 256, 10, "test",
                Map.of(), List.of(), new ObjectMapper().readTree("{\"kind\":\"http\",\"api\":\"HTTP_API\","
                        + "\"method\":\"GET\",\"path\":\"/\"}"));
        LocalPipeline pipeline = new LocalPipeline("test", "local", "us-east-1", "", List.of(function),
                new ObjectMapper().readTree("[]"), new ObjectMapper().readTree("[]"), new ObjectMapper().readTree("[]"));
        PrintStream log = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                WarmFunction warm = new WarmFunction(new Invocation(pipeline, function, null), function,
                        Path.of("java"), List.of(), log)) {
            IOException e = assertThrows(IOException.class,
                    () -> new HttpGateway(List.of(warm), taken.getLocalPort(), log));

            assertThat(e).hasMessageThat().isEqualTo("port " + taken.getLocalPort() + " (for the HTTP_API) is in "
                    + "use: stop what listens there, or give the first port with -Dsluice.port=<port> (0 picks free "
                    + "ports)");
        }
    }

    @Test
    void aMissingNodeSaysWhatToInstall() {
        IOException e = assertThrows(IOException.class,
                () -> LocalDynamo.requireTool("sluice-no-such-tool", "Node.js (18 or later) runs dynalite"));

        assertThat(e).hasMessageThat().isEqualTo("`sluice-no-such-tool` was not found on PATH. Node.js (18 or later) "
                + "runs dynalite: install Node.js 18+ (which brings npm), or run a pipeline without tables.");
    }

    @Test
    void queriesKeepEveryValueInOrder() {
        assertThat(HttpGateway.query("tag=a&tag=b&q=x+y&empty")).containsExactly("tag", List.of("a", "b"), "q",
                List.of("x y"), "empty", List.of(""));
    }
}
