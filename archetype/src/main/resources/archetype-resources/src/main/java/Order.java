package ${package};

/** An order, as the queue carries it (JSON) and the table keeps it. */
public record Order(String orderId, String customerId, String sku, int quantity) {}
