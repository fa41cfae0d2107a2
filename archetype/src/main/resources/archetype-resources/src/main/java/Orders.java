package ${package};

import dev.sluice.annotations.Bucket;
import dev.sluice.annotations.Function;
import dev.sluice.annotations.OnSqs;
import dev.sluice.annotations.Pipeline;
import dev.sluice.annotations.Queue;
import dev.sluice.annotations.Table;
import dev.sluice.annotations.UsesTable;
import dev.sluice.runtime.SqsMessage;

/**
 * The pipeline, and its central function: {@code processOrder} takes orders from the {@code orders} queue (put there
 * by {@link Ingest}) and records each in the {@code orders} table. An order that cannot be recorded throws, and only
 * that message is retried — five times, then it waits in the queue's dead-letter queue; the rest of its batch is
 * done.
 */
@Pipeline(service = "${service}",
        queues = @Queue(name = "orders"),
        tables = @Table(name = "orders", partitionKey = "orderId"),
        buckets = @Bucket(name = "inbox"))
public class Orders {

    private final OrderTable table;

    /** Lambda's constructor: runs once per container, in the init phase. */
    public Orders() {
        this(OrderTable.forThisProcess());
    }

    Orders(OrderTable table) {
        this.table = table;
    }

    @OnSqs(queue = "orders", batchSize = 10)
    @UsesTable(value = "orders", access = UsesTable.Access.WRITE, only = UsesTable.Operation.PUT_ITEM)
    @Function(timeoutSeconds = 30, memoryMb = 512, description = "Records orders from the orders queue")
    public void processOrder(Order order, SqsMessage meta) {
        if (order.quantity() <= 0) {
            throw new IllegalArgumentException("order " + order.orderId() + " has quantity " + order.quantity());
        }
        table.record(order, meta.approximateReceiveCount());
    }
}
