package dev.sluice.bench.http;

import dev.sluice.annotations.OnHttp;
import dev.sluice.bench.http.UserDirectory.User;
import java.util.Optional;

/**
 * The seed's {@code getUser} shape for the benchmark: {@code GET /users/{userId}} on the HTTP API with CORS,
 * 404 when absent. The generated {@code UserApi_getUserHandler} is measured against
 * {@link dev.sluice.bench.baseline.BaselineGetUserHandler}.
 */
public class UserApi {

    @OnHttp(method = OnHttp.Method.GET, path = "/users/{userId}",
            cors = @OnHttp.Cors(origins = "https://app.example.com"))
    public Optional<User> getUser(String userId) {
        return UserDirectory.find(userId);
    }
}
