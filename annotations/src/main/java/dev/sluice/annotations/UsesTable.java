package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what a function does with a {@link Table} of the pipeline. Its role gets exactly the DynamoDB actions
 * of {@link #access()} (or of {@link #only()}) on that table (and on its indexes, when reading a table that has
 * some), and the function
 * gets the table's name in {@code SLUICE_TABLE_<NAME>}, read with {@code Resources.table("name")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(UsesTable.List.class)
public @interface UsesTable {

    /** The table's logical name in {@link Pipeline#tables()}. */
    String value();

    /** What the function may do with the table's items (narrowed to single operations by {@link #only()}). */
    Access access();

    /**
     * Narrows the grant to exactly these operations, each of which {@link #access()} must include: e.g.
     * {@code access = READ_WRITE, only = {PUT_ITEM, GET_ITEM}} for a function that creates items and reads them
     * back, and nothing else. Empty: every operation of the access.
     */
    Operation[] only() default {};

    /** DynamoDB item operations, by the IAM action that allows each. */
    enum Operation {
        GET_ITEM("GetItem"),
        BATCH_GET_ITEM("BatchGetItem"),
        QUERY("Query"),
        SCAN("Scan"),
        CONDITION_CHECK_ITEM("ConditionCheckItem"),
        DESCRIBE_TABLE("DescribeTable"),
        PUT_ITEM("PutItem"),
        UPDATE_ITEM("UpdateItem"),
        DELETE_ITEM("DeleteItem"),
        BATCH_WRITE_ITEM("BatchWriteItem");

        private final String action;

        Operation(String action) {
            this.action = action;
        }

        /** The IAM action, e.g. {@code dynamodb:GetItem}. */
        public String action() {
            return "dynamodb:" + action;
        }
    }

    /** What the function does with the table's items. */
    enum Access {
        /** GetItem, BatchGetItem, Query, Scan, ConditionCheckItem, DescribeTable. */
        READ,
        /** PutItem, UpdateItem, DeleteItem, BatchWriteItem, DescribeTable. */
        WRITE,
        /** READ and WRITE. */
        READ_WRITE
    }

    /** Holder of repeated {@link UsesTable} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        UsesTable[] value();
    }
}
