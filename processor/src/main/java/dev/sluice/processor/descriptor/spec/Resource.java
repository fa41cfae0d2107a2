package dev.sluice.processor.descriptor.spec;

import dev.sluice.processor.descriptor.Yaml.Mapping;

/** One entry of the template's {@code Resources}. */
public interface Resource {

    /** Its CloudFormation logical id. */
    String logicalId();

    /** Its CloudFormation spelling: {@code Type}, {@code Properties} and the rest. */
    Mapping template();
}
