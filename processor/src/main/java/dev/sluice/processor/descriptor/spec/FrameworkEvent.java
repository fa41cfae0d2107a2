package dev.sluice.processor.descriptor.spec;

import dev.sluice.processor.descriptor.Yaml.Mapping;

/**
 * An entry of a function's {@code events}, which the Serverless Framework turns into resources of its own (an
 * event source mapping, say).
 *
 * @param type the framework's event key, e.g. {@code sqs} or {@code stream}
 * @param properties its settings, in the framework's words
 * @param resources how many resources the framework creates for it
 */
public record FrameworkEvent(String type, Mapping properties, int resources) {}
