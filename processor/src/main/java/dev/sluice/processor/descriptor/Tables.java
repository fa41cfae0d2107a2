package dev.sluice.processor.descriptor;

import dev.sluice.processor.descriptor.spec.Demand;
import dev.sluice.processor.descriptor.spec.Resource;
import dev.sluice.processor.descriptor.spec.TableResource;
import dev.sluice.processor.model.StreamTrigger;
import dev.sluice.processor.model.TableModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables the pipeline creates, with the stream their consumers need. */
final class Tables {

    private Tables() {}

    static List<Resource> resources(Refs refs, List<Demand> demands) {
        List<Resource> resources = new ArrayList<>();
        for (TableModel table : refs.pipeline().tables()) {
            if (table.created()) {
                resources.add(table(table, demands));
            }
        }
        return resources;
    }

    private static TableResource table(TableModel table, List<Demand> demands) {
        Map<String, String> types = new LinkedHashMap<>();
        types.put(table.partitionKey(), table.partitionKeyType().code());
        if (table.sortKey() != null) {
            types.put(table.sortKey(), table.sortKeyType().code());
        }
        List<TableResource.Index> indexes = new ArrayList<>();
        for (TableModel.IndexModel index : table.indexes()) {
            types.putIfAbsent(index.partitionKey(), index.partitionKeyType().code());
            if (index.sortKey() != null) {
                types.putIfAbsent(index.sortKey(), index.sortKeyType().code());
            }
            indexes.add(new TableResource.Index(index.name(), index.partitionKey(), index.sortKey()));
        }
        return new TableResource(Names.tableId(table.name()), Names.physical(table.name()), types,
                table.partitionKey(), table.sortKey(), table.billing(), table.readCapacity(), table.writeCapacity(),
                indexes, streamViewType(table, demands));
    }

    /** The stream view type a created table needs: the union of what its stream consumers read; null for none. */
    static String streamViewType(TableModel table, List<Demand> demands) {
        boolean newImages = false;
        boolean oldImages = false;
        boolean consumed = false;
        for (Demand demand : demands) {
            if (demand instanceof Demand.StreamConsumer consumer && consumer.table().equals(table.name())) {
                consumed = true;
                newImages |= consumer.newImages();
                oldImages |= consumer.oldImages();
            }
        }
        if (!consumed) {
            return null;
        }
        return StreamTrigger.viewType(newImages, oldImages);
    }
}
