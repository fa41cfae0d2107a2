package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A DynamoDB table of the pipeline, listed in {@link Pipeline#tables()}: created by the descriptor as
 * {@code <service>-<stage>-<name>} (kept when the stack is deleted), or, with {@link #arn()}, an existing one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Table {

    /** Logical name, unique in the pipeline: letters, digits, hyphens, underscores and dots. */
    String name();

    /** Partition key attribute. Required for a created table. */
    String partitionKey() default "";

    /** The partition key's DynamoDB type. */
    AttributeType partitionKeyType() default AttributeType.STRING;

    /** Sort key attribute; none when empty. */
    String sortKey() default "";

    /** The sort key's DynamoDB type. */
    AttributeType sortKeyType() default AttributeType.STRING;

    /** Global secondary indexes; reading a table with indexes also grants reading them. */
    Index[] indexes() default {};

    /** On-demand capacity (the default), or provisioned with {@link #readCapacity()} and {@link #writeCapacity()}. */
    Billing billing() default Billing.PAY_PER_REQUEST;

    /** Read capacity units, for {@link Billing#PROVISIONED} only. */
    int readCapacity() default 0;

    /** Write capacity units, for {@link Billing#PROVISIONED} only. */
    int writeCapacity() default 0;

    /** The ARN of an existing table; when set, the descriptor creates nothing and only grants access. */
    String arn() default "";

    /** The stream ARN of an existing table, for {@code @OnStream} functions. */
    String streamArn() default "";

    /** What the existing table's stream carries ({@code NEW_AND_OLD_IMAGES}...), for compile-time checks. */
    String streamViewType() default "";

    /** Key attribute types, as DynamoDB names them S, N and B. */
    enum AttributeType {
        STRING("S"),
        NUMBER("N"),
        BINARY("B");

        private final String code;

        AttributeType(String code) {
            this.code = code;
        }

        /** DynamoDB's one-letter code. */
        public String code() {
            return code;
        }
    }

    /** DynamoDB capacity modes. */
    enum Billing {
        PAY_PER_REQUEST,
        PROVISIONED
    }

    /** A global secondary index projecting all attributes. */
    @Retention(RetentionPolicy.CLASS)
    @Target({})
    @interface Index {
        /** The index's name, unique in its table: 3 to 255 letters, digits, hyphens, underscores and dots. */
        String name();

        /** The index's partition key attribute. */
        String partitionKey();

        /** The index's partition key's DynamoDB type. */
        AttributeType partitionKeyType() default AttributeType.STRING;

        /** The index's sort key attribute; none when empty. */
        String sortKey() default "";

        /** The index's sort key's DynamoDB type. */
        AttributeType sortKeyType() default AttributeType.STRING;
    }
}
