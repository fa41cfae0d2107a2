package dev.sluice.examples.payments;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.examples.payments.UserAudit.User;
import dev.sluice.runtime.HttpException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsersTest {

    /** The users table as a map, with PutItem's condition. */
    private static final class MapStore implements UserStore {
        final Map<String, User> users = new HashMap<>();

        @Override
        public boolean putIfAbsent(User user) {
            return users.putIfAbsent(user.userId(), user) == null;
        }

        @Override
        public Optional<User> get(String userId) {
            return Optional.ofNullable(users.get(userId));
        }
    }

    private final MapStore store = new MapStore();
    private final Users users = new Users(store);

    @Test
    void createsAUserOnTheFreePlanAndReadsItBack() {
        User created = users.createUser(new Users.NewUser("ada@example.com", "  Ada "));

        assertThat(created.name()).isEqualTo("Ada");
        assertThat(created.plan()).isEqualTo("free");
        assertThat(users.getUser(created.userId())).hasValue(created);
    }

    @Test
    void aBadEmailOrABlankNameIs422() {
        HttpException email = assertThrows(HttpException.class,
                () -> users.createUser(new Users.NewUser("not-an-address", "Ada")));
        HttpException name = assertThrows(HttpException.class,
                () -> users.createUser(new Users.NewUser("ada@example.com", " ")));

        assertThat(email.status()).isEqualTo(422);
        assertThat(name.status()).isEqualTo(422);
        assertThat(store.users).isEmpty();
    }

    @Test
    void anUnknownUserIsEmptySoTheHandlerAnswers404() {
        assertThat(users.getUser("nobody")).isEmpty();
    }
}
