package dev.sluice.examples.payments;

import dev.sluice.annotations.Function;
import dev.sluice.annotations.OnHttp;
import dev.sluice.annotations.UsesTable;
import dev.sluice.examples.payments.UserAudit.User;
import dev.sluice.runtime.HttpException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The seed's users API: {@code createUser} and {@code getUser}, REST API routes with CORS for the web app. The
 * users they create are the ones {@link UserAudit#auditLog} sees on the table's stream: HTTP → table → stream →
 * audit. ({@link PublicApi} is the seed's third HTTP function.)
 */
public class Users {

    /** What a client sends to create a user. */
    public record NewUser(String email, String name) {}

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String APP = "https://app.example.com";

    private final UserStore store;

    /** Lambda's constructor: runs once per container, in the init phase. */
    public Users() {
        this(new DynamoUserStore());
    }

    Users(UserStore store) {
        this.store = store;
    }

    @OnHttp(method = OnHttp.Method.POST, path = "/users", api = OnHttp.Api.REST, status = 201,
            cors = @OnHttp.Cors(origins = APP))
    @UsesTable(value = "users", access = UsesTable.Access.READ_WRITE,
            only = {UsesTable.Operation.PUT_ITEM, UsesTable.Operation.GET_ITEM})
    @Function(timeoutSeconds = 10, memoryMb = 512, description = "Creates a user")
    public User createUser(NewUser user) {
        if (user.email() == null || !EMAIL.matcher(user.email()).matches()) {
            throw new HttpException.UnprocessableEntity("email must be an address like ada@example.com");
        }
        if (user.name() == null || user.name().isBlank()) {
            throw new HttpException.UnprocessableEntity("name must not be blank");
        }
        User created = new User(UUID.randomUUID().toString(), user.email(), user.name().strip(), "free",
                null);
        if (!store.putIfAbsent(created)) {
            throw new HttpException.Conflict("user " + created.userId() + " exists already");
        }
        return store.get(created.userId()).orElse(created);
    }

    @OnHttp(method = OnHttp.Method.GET, path = "/users/{userId}", api = OnHttp.Api.REST,
            cors = @OnHttp.Cors(origins = APP))
    @UsesTable(value = "users", access = UsesTable.Access.READ, only = UsesTable.Operation.GET_ITEM)
    @Function(timeoutSeconds = 10, memoryMb = 512, description = "Reads a user")
    public Optional<User> getUser(String userId) {
        return store.get(userId);
    }
}
