package dev.sluice.processor.model;

/**
 * An SNS topic of the pipeline.
 *
 * @param arn the ARN of an existing topic, or null for a topic the descriptor creates
 */
public record TopicModel(String name, String arn) {

    public boolean fifo() {
        return name.endsWith(".fifo");
    }

    public boolean created() {
        return arn == null;
    }
}
