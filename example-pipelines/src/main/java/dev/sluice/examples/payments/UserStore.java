package dev.sluice.examples.payments;

import dev.sluice.examples.payments.UserAudit.User;
import java.util.Optional;

/** Where users live: the users table in AWS ({@link DynamoUserStore}), a map in tests. */
public interface UserStore {

    /** Stores {@code user} unless one with its id exists; false when it does. */
    boolean putIfAbsent(User user);

    Optional<User> get(String userId);
}
