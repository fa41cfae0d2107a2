package dev.sluice.examples.payments;

import dev.sluice.runtime.Resources;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Records each settlement on its customer's item in the users table ({@code lastPayment}) — one UpdateItem, the only
 * action the function's grant allows — then in the log ledger. Settling the same payment twice (a duplicate
 * delivery) writes the same value again: the item does not change, and the table's stream records nothing.
 */
public final class UserLedger implements Ledger {

    private final DynamoDbClient dynamo;
    private final String table;
    private final Ledger log;

    /**
     * The ledger for this process: the users table when the function has been given its name — always when deployed
     * or run by {@code sluice:run}, since the descriptor passes it — and only {@code log} where it has not (the
     * handler tests and benchmarks that run processPayment alone, with no table to write to). The client is built
     * once per container, in the init phase.
     */
    public static Ledger forThisProcess(Ledger log) {
        String table;
        try {
            table = Resources.fromEnvironment().table("users");
        } catch (IllegalStateException noTable) {
            return log;
        }
        return new UserLedger(DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build(), table,
                log);
    }

    UserLedger(DynamoDbClient dynamo, String table, Ledger log) {
        this.dynamo = dynamo;
        this.table = table;
        this.log = log;
    }

    @Override
    public void record(Settlement settlement) {
        dynamo.updateItem(update -> update.tableName(table)
                .key(Map.of("userId", AttributeValue.fromS(settlement.customerId())))
                .updateExpression("SET lastPayment = :payment")
                .expressionAttributeValues(Map.of(":payment", AttributeValue.fromS(settlement.paymentId()))));
        log.record(settlement);
    }
}
