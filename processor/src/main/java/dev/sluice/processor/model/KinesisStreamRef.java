package dev.sluice.processor.model;

/** The stream an {@code @OnKinesis} function reads: declared by the pipeline, or an existing one by ARN. */
public record KinesisStreamRef(String declaredName, String arn) {

    public static KinesisStreamRef declared(String name) {
        return new KinesisStreamRef(name, null);
    }

    public static KinesisStreamRef existing(String arn) {
        return new KinesisStreamRef(null, arn);
    }

    public boolean isDeclared() {
        return declaredName != null;
    }

    /** The logical name of a declared stream, the name in an existing one's ARN. */
    public String name() {
        return isDeclared() ? declaredName : arn.substring(arn.lastIndexOf('/') + 1);
    }
}
