package dev.sluice.processor.descriptor;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;
import dev.sluice.processor.descriptor.spec.Demand;
import dev.sluice.processor.descriptor.spec.Descriptor;
import dev.sluice.processor.descriptor.spec.FunctionSpec;
import dev.sluice.processor.descriptor.spec.Provider;
import dev.sluice.processor.descriptor.spec.Resource;
import dev.sluice.processor.model.PipelineModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays a {@link Descriptor} out as the Serverless Framework reads it: the header comment, service, provider,
 * package, functions (each under a comment saying what its role allows) and resources. It decides nothing.
 */
public final class DescriptorWriter {

    private DescriptorWriter() {}

    public static String write(Descriptor descriptor) {
        Mapping document = map()
                .put("service", descriptor.service())
                .put("frameworkVersion", ">=3")
                .put("configValidationMode", "error")
                .put("provider", provider(descriptor.provider())).blankLineBefore("provider")
                .put("package", map("artifact", descriptor.artifact())).blankLineBefore("package")
                .put("functions", functions(descriptor.functions())).blankLineBefore("functions");
        if (!descriptor.resources().isEmpty()) {
            Mapping resources = map();
            for (Resource resource : descriptor.resources()) {
                resources.put(resource.logicalId(), resource.template());
            }
            document.put("resources", map("Resources", resources)).blankLineBefore("resources");
        }
        return Yaml.write(header(descriptor), document);
    }

    private static List<String> header(Descriptor descriptor) {
        List<String> lines = new ArrayList<>();
        for (String line : Templates.fill("serverless-header.txt", Map.of(
                "sources", String.join(", ", descriptor.sources()),
                "resources", String.valueOf(descriptor.resourceCount()))).split("\n")) {
            lines.addAll(List.of(Functions.wrap(line, Functions.COMMENT_WIDTH).split("\n")));
        }
        return lines;
    }

    private static Mapping provider(Provider provider) {
        Mapping out = map()
                .put("name", "aws")
                .put("runtime", provider.runtime())
                .put("stage", "${opt:stage, '" + provider.stage() + "'}")
                .put("region", "${opt:region, '" + provider.region() + "'}")
                .put("memorySize", provider.memoryMb())
                .put("timeout", provider.timeoutSeconds());
        if (provider.logRetentionDays() > 0) {
            out.put("logRetentionInDays", provider.logRetentionDays());
        }
        Mapping httpApi = map();
        if (!provider.jwtAuthorizers().isEmpty()) {
            Mapping authorizers = map();
            for (PipelineModel.JwtAuthorizerModel jwt : provider.jwtAuthorizers()) {
                authorizers.put(jwt.name(), map()
                        .put("type", "jwt")
                        .put("identitySource", jwt.identitySource())
                        .put("issuerUrl", Yaml.literal(jwt.issuerUrl()))
                        .put("audience", Yaml.literals(jwt.audiences())));
            }
            httpApi.put("authorizers", authorizers);
        }
        if (provider.httpApiCors() != null) {
            Demand.HttpApiCors cors = provider.httpApiCors();
            httpApi.put("cors", CorsSettings.allowed(cors.origins(), cors.headers(), cors.maxAgeSeconds(),
                    cors.credentials()));
        }
        if (!httpApi.isEmpty()) {
            out.put("httpApi", httpApi);
        }
        if (!provider.javaToolOptions().isBlank()) {
            out.put("environment", map("JAVA_TOOL_OPTIONS", provider.javaToolOptions()));
            out.comment("environment", "The JVM flags AWS recommends for Lambda (@Pipeline.javaToolOptions).");
        }
        return out;
    }

    private static Mapping functions(List<FunctionSpec> functions) {
        Mapping all = map();
        for (FunctionSpec function : functions) {
            all.put(function.name(), function.template());
            all.comment(function.name(), function.summary());
        }
        return all;
    }
}
