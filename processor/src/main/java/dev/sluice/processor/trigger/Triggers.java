package dev.sluice.processor.trigger;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import dev.sluice.processor.descriptor.Refs;
import dev.sluice.processor.descriptor.TriggerDescriber;
import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.Trigger;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/** The trigger plug-ins, in the order their annotations are looked for; and dispatch on a parsed trigger. */
public final class Triggers implements TriggerDescriber {

    private final List<TriggerPlugin<?>> plugins;

    /** {@code generated}: the {@code @Generated} annotation handlers carry, when the platform has one. */
    public Triggers(Optional<AnnotationSpec> generated) {
        this.plugins = List.of(new SqsPlugin(generated), new SchedulePlugin(generated),
                new S3UploadPlugin(generated), new StreamPlugin(generated), new HttpPlugin(generated),
                new SnsPlugin(generated), new EventPlugin(generated),
                new KinesisPlugin(generated));
    }

    public List<TriggerPlugin<?>> all() {
        return plugins;
    }

    /** The trigger annotations, for the processor's supported types. */
    public List<Class<? extends Annotation>> annotations() {
        return plugins.stream().<Class<? extends Annotation>>map(TriggerPlugin::annotation).toList();
    }

    /** The plug-ins whose annotation {@code method} carries: one for a valid function, none for a plain method. */
    public List<TriggerPlugin<?>> on(ExecutableElement method) {
        List<TriggerPlugin<?>> found = new ArrayList<>();
        for (TriggerPlugin<?> plugin : plugins) {
            if (method.getAnnotation(plugin.annotation()) != null) {
                found.add(plugin);
            }
        }
        return found;
    }

    /** The plug-in that built {@code function}'s trigger. */
    public TriggerPlugin<?> of(FunctionModel function) {
        for (TriggerPlugin<?> plugin : plugins) {
            if (plugin.model().isInstance(function.trigger())) {
                return plugin;
            }
        }
        throw new IllegalStateException("no trigger plug-in for " + function.trigger().getClass());
    }

    public JavaFile generate(FunctionModel function, boolean snapStart) {
        return generate(of(function), function, snapStart);
    }

    @Override
    public TriggerSpec describe(FunctionModel function, Refs refs) {
        return describe(of(function), function, refs);
    }

    @Override
    public java.util.Map<String, Object> local(FunctionModel function) {
        return local(of(function), function);
    }

    private static <T extends Trigger> java.util.Map<String, Object> local(TriggerPlugin<T> plugin,
            FunctionModel function) {
        return plugin.local(function, plugin.model().cast(function.trigger()));
    }

    public String sampleEvent(FunctionModel function, PipelineModel pipeline) {
        return sampleEvent(of(function), function, pipeline);
    }

    public void checkClasspath(ExecutableElement method, FunctionModel function, Elements elements, Report report) {
        checkClasspath(of(function), method, function, elements, report);
    }

    private static <T extends Trigger> JavaFile generate(TriggerPlugin<T> plugin,
            FunctionModel function, boolean snapStart) {
        return plugin.generate(function, plugin.model().cast(function.trigger()), snapStart);
    }

    private static <T extends Trigger> TriggerSpec describe(TriggerPlugin<T> plugin,
            FunctionModel function, Refs refs) {
        return plugin.describe(function, plugin.model().cast(function.trigger()), refs);
    }

    private static <T extends Trigger> String sampleEvent(TriggerPlugin<T> plugin,
            FunctionModel function, PipelineModel pipeline) {
        return plugin.sampleEvent(function, plugin.model().cast(function.trigger()), pipeline);
    }

    private static <T extends Trigger> void checkClasspath(TriggerPlugin<T> plugin,
            ExecutableElement method, FunctionModel function, Elements elements, Report report) {
        plugin.checkClasspath(method, function, plugin.model().cast(function.trigger()), elements, report);
    }
}
