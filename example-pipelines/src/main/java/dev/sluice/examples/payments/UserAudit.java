package dev.sluice.examples.payments;

import dev.sluice.annotations.OnStream;
import dev.sluice.runtime.Change;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The seed's {@code auditLog}: records every change to the users table, in order, as one audit line naming the
 * fields that changed. Values are personal data and stay out of the log; the line says what changed, not to what.
 */
public class UserAudit {

    /**
     * An item of the users table.
     *
     * @param lastPayment the id of the last payment settled for this user ({@link Payments#processPayment})
     */
    public record User(String userId, String email, String name, String plan, String lastPayment) {}

    private final PrintStream out;

    public UserAudit() {
        this(System.out);
    }

    UserAudit(PrintStream out) {
        this.out = out;
    }

    @OnStream(table = "users", batchSize = 100, startingPosition = OnStream.StartingPosition.LATEST)
    public void auditLog(Change<User> change) {
        User before = change.oldImage();
        User after = change.newImage();
        User item = after != null ? after : before;
        if (item == null || item.userId() == null) {
            throw new IllegalArgumentException("change " + change.sequenceNumber() + " carries no user image");
        }
        StringBuilder line = new StringBuilder(160)
                .append("{\"event\":\"user-").append(change.type().name().toLowerCase())
                .append("\",\"userId\":\"").append(item.userId())
                .append("\",\"fields\":[");
        List<String> fields = changedFields(before, after);
        for (int i = 0; i < fields.size(); i++) {
            line.append(i == 0 ? "\"" : ",\"").append(fields.get(i)).append('"');
        }
        out.println(line.append("],\"sequenceNumber\":\"").append(change.sequenceNumber()).append("\"}"));
    }

    /** The fields whose value differs between the two images; every present field when one is missing. */
    static List<String> changedFields(User before, User after) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(value(before, 1), value(after, 1))) {
            fields.add("email");
        }
        if (!Objects.equals(value(before, 2), value(after, 2))) {
            fields.add("name");
        }
        if (!Objects.equals(value(before, 3), value(after, 3))) {
            fields.add("plan");
        }
        if (!Objects.equals(value(before, 4), value(after, 4))) {
            fields.add("lastPayment");
        }
        return fields;
    }

    private static String value(User user, int field) {
        if (user == null) {
            return null;
        }
        return switch (field) {
            case 1 -> user.email();
            case 2 -> user.name();
            case 3 -> user.plan();
            default -> user.lastPayment();
        };
    }
}
