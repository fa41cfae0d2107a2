package dev.sluice.processor.model;

import dev.sluice.annotations.Table;
import java.util.List;

/**
 * A DynamoDB table of the pipeline.
 *
 * @param sortKey the sort key attribute, or null
 * @param readCapacity provisioned read capacity, or 0 for on-demand
 * @param writeCapacity provisioned write capacity, or 0 for on-demand
 * @param arn the ARN of an existing table, or null for a table the descriptor creates
 * @param streamArn the stream ARN of an existing table, or null
 * @param streamViewType what an existing table's stream carries, or null
 */
public record TableModel(String name, String partitionKey, Table.AttributeType partitionKeyType, String sortKey,
        Table.AttributeType sortKeyType, List<IndexModel> indexes, Table.Billing billing, int readCapacity,
        int writeCapacity, String arn, String streamArn, String streamViewType) {

    public boolean created() {
        return arn == null;
    }

    /** A global secondary index. */
    public record IndexModel(String name, String partitionKey, Table.AttributeType partitionKeyType, String sortKey,
            Table.AttributeType sortKeyType) {}
}
