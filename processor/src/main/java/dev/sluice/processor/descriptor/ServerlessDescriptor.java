package dev.sluice.processor.descriptor;

import dev.sluice.processor.descriptor.spec.Demand;
import dev.sluice.processor.descriptor.spec.Descriptor;
import dev.sluice.processor.descriptor.spec.FunctionSpec;
import dev.sluice.processor.descriptor.spec.Provider;
import dev.sluice.processor.descriptor.spec.Resource;
import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Decides what a module's {@code serverless.yml} says, as a {@link Descriptor}: the service, one function per
 * trigger method, the resources the pipeline declares, and one IAM role per function holding exactly its own
 * logs, its trigger and its declared grants. Each trigger's plug-in describes its own part ({@link TriggerSpec}:
 * event, statements, resources, and demands on declared resources); small builders do the rest, one concern
 * each: {@link Functions}, {@link Queues}, {@link Topics}, {@link EventBuses},
 * {@link KinesisStreams}, {@link Tables}, {@link Buckets}, {@link Roles}, with
 * {@link Refs} naming things for all of them. {@link DescriptorWriter} writes the result.
 *
 * <p>Every list has a defined order, so the same sources always give the same bytes and a one-line annotation
 * change gives a small diff. Wildcards appear only where AWS leaves no choice, each documented where it is
 * written: log streams (Lambda names them at run time), table indexes ({@code /index/*} covers indexes added
 * later), and object keys under a granted prefix.
 */
public final class ServerlessDescriptor {

    private final PipelineModel pipeline;
    private final List<FunctionModel> functions;
    private final String artifact;
    private final TriggerDescriber triggers;

    /** {@code functions} in the order they are written (by name). */
    public ServerlessDescriptor(PipelineModel pipeline, List<FunctionModel> functions, String artifact,
            TriggerDescriber triggers) {
        this.pipeline = pipeline;
        this.functions = functions;
        this.artifact = artifact;
        this.triggers = triggers;
    }

    public Descriptor build() {
        Refs refs = new Refs(pipeline);
        Roles roles = new Roles(refs);
        Functions specs = new Functions(refs);
        List<FunctionSpec> functionSpecs = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        List<Resource> triggerResources = new ArrayList<>();
        List<Resource> roleResources = new ArrayList<>();
        TreeSet<String> sources = new TreeSet<>();
        sources.add(pipeline.declaringClass().canonicalName());
        for (FunctionModel function : functions) {
            TriggerSpec trigger = triggers.describe(function, refs);
            functionSpecs.add(specs.function(function, trigger));
            demands.addAll(trigger.demands());
            triggerResources.addAll(trigger.resources());
            roleResources.add(roles.role(function, trigger));
            sources.add(function.userClass().canonicalName());
        }
        List<Resource> resources = new ArrayList<>();
        resources.addAll(Queues.resources(refs, demands));
        resources.addAll(Topics.resources(refs));
        resources.addAll(EventBuses.resources(refs));
        resources.addAll(KinesisStreams.resources(refs));
        resources.addAll(Tables.resources(refs, demands));
        resources.addAll(new Buckets(refs, roles).resources(demands));
        resources.addAll(triggerResources);
        resources.addAll(roleResources);
        boolean httpApi = demands.stream().anyMatch(d -> d instanceof Demand.HttpRoute route && !route.rest());
        List<PipelineModel.JwtAuthorizerModel> authorizers = httpApi ? pipeline.jwtAuthorizers() : List.of();
        Provider provider = new Provider(pipeline.runtime(), pipeline.stage(), pipeline.region(), pipeline.memoryMb(),
                pipeline.timeoutSeconds(), pipeline.logRetentionDays(), pipeline.javaToolOptions(),
                demands.stream().filter(Demand.HttpApiCors.class::isInstance).map(Demand.HttpApiCors.class::cast)
                        .findFirst().orElse(null), authorizers);
        return new Descriptor(List.copyOf(sources), pipeline.service(), provider, artifact, functionSpecs, resources,
                Apis.frameworkResources(demands, authorizers.size()));
    }

    public String write() {
        return DescriptorWriter.write(build());
    }
}
