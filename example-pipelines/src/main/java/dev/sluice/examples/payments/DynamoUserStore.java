package dev.sluice.examples.payments;

import dev.sluice.examples.payments.UserAudit.User;
import dev.sluice.runtime.Resources;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The users table through the AWS SDK: exactly PutItem (conditional, so an id is never overwritten) and GetItem
 * (consistent, so a user reads back right after it is created) — the two actions the functions' grants allow.
 */
public final class DynamoUserStore implements UserStore {

    private final DynamoDbClient dynamo;
    private final String table;

    /** The client is built once per container, in the init phase; the table's name comes from the descriptor. */
    public DynamoUserStore() {
        this(DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                Resources.fromEnvironment().table("users"));
    }

    DynamoUserStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean putIfAbsent(User user) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("userId", AttributeValue.fromS(user.userId()));
        item.put("email", AttributeValue.fromS(user.email()));
        item.put("name", AttributeValue.fromS(user.name()));
        item.put("plan", AttributeValue.fromS(user.plan()));
        try {
            dynamo.putItem(put -> put.tableName(table).item(item).conditionExpression("attribute_not_exists(userId)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public Optional<User> get(String userId) {
        GetItemResponse response = dynamo.getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of("userId", AttributeValue.fromS(userId))));
        if (!response.hasItem()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        return Optional.of(new User(item.get("userId").s(), text(item, "email"), text(item, "name"),
                text(item, "plan"), text(item, "lastPayment")));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
