package dev.sluice.processor.descriptor.spec;

import java.util.List;

/**
 * A module's whole {@code serverless.yml}.
 *
 * @param sources the classes it was generated from, sorted
 * @param artifact the deployable jar, relative to the descriptor
 * @param functions by name
 * @param resources in the order written
 * @param apiResources how many resources the framework creates for the HTTP and REST APIs the routes need
 */
public record Descriptor(List<String> sources, String service, Provider provider, String artifact,
        List<FunctionSpec> functions, List<Resource> resources, int apiResources) {

    /** CloudFormation's limit on the resources of one stack. */
    public static final int MAX_STACK_RESOURCES = 500;

    /**
     * How many resources the stack has once the Serverless Framework has packaged the descriptor: its deployment
     * bucket and the bucket's policy, what it creates for each function, and the resources written here. {@code it}
     * checks the number against every template it packages.
     */
    public int resourceCount() {
        return 2 + functions.stream().mapToInt(FunctionSpec::frameworkResources).sum() + resources.size()
                + apiResources;
    }
}
