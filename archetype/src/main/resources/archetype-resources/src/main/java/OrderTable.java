package ${package};

import dev.sluice.runtime.Resources;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Where {@link Orders} records orders: the {@code orders} table, one item per order. */
public interface OrderTable {

    void record(Order order, int attempt);

    /**
     * The DynamoDB table when the function has been given it — always when deployed or run by {@code sluice:run} —
     * and a log line where it has not (a unit test without grants). The client is built once, in the init phase.
     */
    static OrderTable forThisProcess() {
        String table;
        try {
            table = Resources.fromEnvironment().table("orders");
        } catch (IllegalStateException notGranted) {
            return (order, attempt) -> System.out.println("{\"event\":\"order\",\"orderId\":\"" + order.orderId()
                    + "\"}");
        }
        DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        return (order, attempt) -> dynamo.putItem(put -> put.tableName(table).item(Map.of(
                "orderId", AttributeValue.fromS(order.orderId()),
                "customerId", AttributeValue.fromS(order.customerId()),
                "sku", AttributeValue.fromS(order.sku()),
                "quantity", AttributeValue.fromN(Integer.toString(order.quantity())),
                "attempt", AttributeValue.fromN(Integer.toString(attempt)))));
    }
}
