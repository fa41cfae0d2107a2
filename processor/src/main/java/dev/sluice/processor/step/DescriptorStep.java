package dev.sluice.processor.step;

import dev.sluice.processor.descriptor.LocalPipeline;
import dev.sluice.processor.descriptor.ServerlessDescriptor;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.trigger.Triggers;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the module's serverless.yml after the last round: into {@code target/classes} through the Filer
 * (packaged with the module), and into the module root (or {@code -Asluice.descriptorDir}), where users check it
 * in. The module-root copy is rewritten only when its content changes, and never from a test compilation.
 */
final class DescriptorStep {

    static final String FILE = "serverless.yml";

    private final Triggers triggers;
    private final Filer filer;
    private final Messager messager;
    private final ElementLocator locator;
    private final String descriptorDir;
    private final String artifact;

    DescriptorStep(ProcessingEnvironment env, ElementLocator locator, Triggers triggers) {
        this.triggers = triggers;
        this.filer = env.getFiler();
        this.messager = env.getMessager();
        this.locator = locator;
        this.descriptorDir = env.getOptions().get(ModuleStep.DESCRIPTOR_DIR);
        this.artifact = env.getOptions().get(ModuleStep.ARTIFACT);
    }

    void write(PipelineModel pipeline, List<FunctionModel> functions) throws IOException {
        String yaml = new ServerlessDescriptor(pipeline, functions,
                artifact != null ? artifact : "target/" + pipeline.service() + ".jar", triggers).write();
        Element[] origins = origins(pipeline, functions);
        FileObject packaged = filer.createResource(StandardLocation.CLASS_OUTPUT, "", FILE, origins);
        try (Writer writer = packaged.openWriter()) {
            writer.write(yaml);
        }
        // The pipeline for the local tools (sluice-maven-plugin), from the same decisions as the descriptor.
        FileObject local = filer.createResource(StandardLocation.CLASS_OUTPUT, "", "sluice/pipeline.json", origins);
        try (Writer writer = local.openWriter()) {
            writer.write(LocalPipeline.json(pipeline, functions, triggers));
        }
        // A sample event per function, in its trigger's shape, ready for Invoke --event.
        for (FunctionModel function : functions) {
            FileObject sample = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
                    "sluice/events/" + function.name() + ".json", origins);
            try (Writer writer = sample.openWriter()) {
                writer.write(triggers.sampleEvent(function, pipeline));
            }
        }
        Path target = checkedInLocation(packaged.toUri());
        if (target == null) {
            return;
        }
        try {
            if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(yaml)) {
                Files.createDirectories(target.getParent());
                Files.writeString(target, yaml, StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            messager.printMessage(Diagnostic.Kind.ERROR, Message.DESCRIPTOR_WRITE.format(target, e));
        }
    }

    /**
     * The option's directory; else, for Maven's layout ({@code <module>/target/classes}), the module root; else
     * (a test compilation, an in-memory file system) nowhere.
     */
    private Path checkedInLocation(URI packaged) {
        if (descriptorDir != null && !descriptorDir.isBlank()) {
            return Path.of(descriptorDir).resolve(FILE);
        }
        if (!"file".equals(packaged.getScheme())) {
            return null;
        }
        Path classes = Path.of(packaged).getParent();
        if (classes.getFileName() == null || !classes.getFileName().toString().equals("classes")
                || classes.getParent() == null || !classes.getParent().getFileName().toString().equals("target")) {
            return null;
        }
        return classes.getParent().getParent().resolve(FILE);
    }

    private Element[] origins(PipelineModel pipeline, List<FunctionModel> functions) {
        Set<String> types = new LinkedHashSet<>();
        types.add(pipeline.declaringClass().canonicalName());
        functions.forEach(function -> types.add(function.origin().type()));
        List<Element> elements = new ArrayList<>();
        for (String type : types) {
            locator.type(type).ifPresent(elements::add);
        }
        return elements.toArray(Element[]::new);
    }
}
