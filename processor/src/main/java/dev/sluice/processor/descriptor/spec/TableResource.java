package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.annotations.Table;
import dev.sluice.processor.descriptor.Yaml;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A DynamoDB table the stack creates. Data outlives the stack: deleting or replacing the stack never deletes it.
 *
 * @param attributeTypes the type code ({@code S}, {@code N}, {@code B}) of every key attribute, table keys first
 * @param sortKey or null
 * @param indexes global secondary indexes, projecting all attributes
 * @param streamViewType the stream's view type, or null for no stream
 */
public record TableResource(String logicalId, String tableName, Map<String, String> attributeTypes,
        String partitionKey, String sortKey, Table.Billing billing, int readCapacity, int writeCapacity,
        List<Index> indexes, String streamViewType) implements Resource {

    /** A global secondary index; {@code sortKey} may be null. */
    public record Index(String name, String partitionKey, String sortKey) {}

    @Override
    public Mapping template() {
        List<Object> attributes = new ArrayList<>();
        attributeTypes.forEach((name, type) -> attributes.add(map()
                .put("AttributeName", Yaml.literal(name))
                .put("AttributeType", type)));
        Mapping properties = map()
                .put("TableName", tableName)
                .put("AttributeDefinitions", attributes)
                .put("KeySchema", keySchema(partitionKey, sortKey))
                .put("BillingMode", billing.name());
        if (billing == Table.Billing.PROVISIONED) {
            properties.put("ProvisionedThroughput", throughput());
        }
        if (!indexes.isEmpty()) {
            List<Object> gsis = new ArrayList<>();
            for (Index index : indexes) {
                Mapping gsi = map()
                        .put("IndexName", index.name())
                        .put("KeySchema", keySchema(index.partitionKey(), index.sortKey()))
                        .put("Projection", map("ProjectionType", "ALL"));
                if (billing == Table.Billing.PROVISIONED) {
                    gsi.put("ProvisionedThroughput", throughput());
                }
                gsis.add(gsi);
            }
            properties.put("GlobalSecondaryIndexes", gsis);
        }
        if (streamViewType != null) {
            properties.put("StreamSpecification", map("StreamViewType", streamViewType));
        }
        properties.put("PointInTimeRecoverySpecification", map("PointInTimeRecoveryEnabled", true));
        return map()
                .put("Type", "AWS::DynamoDB::Table")
                .put("DeletionPolicy", "Retain")
                .put("UpdateReplacePolicy", "Retain")
                .put("Properties", properties);
    }

    private static List<Object> keySchema(String partitionKey, String sortKey) {
        List<Object> schema = new ArrayList<>();
        schema.add(map().put("AttributeName", Yaml.literal(partitionKey)).put("KeyType", "HASH"));
        if (sortKey != null) {
            schema.add(map().put("AttributeName", Yaml.literal(sortKey)).put("KeyType", "RANGE"));
        }
        return schema;
    }

    private Mapping throughput() {
        return map().put("ReadCapacityUnits", readCapacity).put("WriteCapacityUnits", writeCapacity);
    }
}
