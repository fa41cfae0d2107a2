package dev.sluice.processor.model;

/**
 * The queue an {@code @OnSqs} function reads: either declared by the pipeline ({@code declaredName} set) or an
 * existing one ({@code arn} set). SQS requires FIFO queue names to end in {@code .fifo}, so the reference alone
 * tells whether the queue is FIFO.
 */
public record QueueRef(String declaredName, String arn) {

    public static QueueRef declared(String name) {
        return new QueueRef(name, null);
    }

    public static QueueRef existing(String arn) {
        return new QueueRef(null, arn);
    }

    public boolean isDeclared() {
        return declaredName != null;
    }

    /** The queue's name: the logical name of a declared queue, the last ARN field of an existing one. */
    public String name() {
        return isDeclared() ? declaredName : arn.substring(arn.lastIndexOf(':') + 1);
    }

    public boolean fifo() {
        return name().endsWith(".fifo");
    }
}
