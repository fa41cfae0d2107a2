package dev.sluice.processor.model;

/**
 * The topic an {@code @OnSns} function subscribes to: declared by the pipeline ({@code declaredName} set) or an
 * existing one ({@code arn} set). SNS requires FIFO topic names to end in {@code .fifo}, so the reference alone tells
 * whether the topic is FIFO.
 */
public record TopicRef(String declaredName, String arn) {

    public static TopicRef declared(String name) {
        return new TopicRef(name, null);
    }

    public static TopicRef existing(String arn) {
        return new TopicRef(null, arn);
    }

    public boolean isDeclared() {
        return declaredName != null;
    }

    /** The topic's name: the logical name of a declared topic, the last ARN field of an existing one. */
    public String name() {
        return isDeclared() ? declaredName : arn.substring(arn.lastIndexOf(':') + 1);
    }

    public boolean fifo() {
        return name().endsWith(".fifo");
    }
}
