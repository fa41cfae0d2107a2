package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Route matching as API Gateway does it, and query parsing. */
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
    void queriesKeepEveryValueInOrder() {
        assertThat(HttpGateway.query("tag=a&tag=b&q=x+y&empty")).containsExactly("tag", List.of("a", "b"), "q",
                List.of("x y"), "empty", List.of(""));
    }
}
