package dev.sluice.bench.http;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The business code both HTTP handlers call: users in memory, so that the benchmark measures the handlers. */
public final class UserDirectory {

    /** A user, as both handlers return it. */
    public record User(String userId, String email, String name, String plan) {}

    private static final Map<String, User> USERS = new HashMap<>();

    static {
        for (int i = 0; i < 100; i++) {
            String id = "u-" + i;
            USERS.put(id, new User(id, "user" + i + "@example.com", "User " + i, i % 3 == 0 ? "pro" : "free"));
        }
    }

    private UserDirectory() {}

    public static Optional<User> find(String userId) {
        return Optional.ofNullable(USERS.get(userId));
    }
}
