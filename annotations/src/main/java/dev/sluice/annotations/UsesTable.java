package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what a function does with a {@link Table} of the pipeline. Its role gets exactly the DynamoDB actions
 * of {@link #access()} on that table (and on its indexes, when reading a table that has some), and the function
 * gets the table's name in {@code SLUICE_TABLE_<NAME>}, read with {@code Resources.table("name")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(UsesTable.List.class)
public @interface UsesTable {

    /** The table's logical name in {@link Pipeline#tables()}. */
    String value();

    Access access();

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
