package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sluice.annotations.Function;
import dev.sluice.processor.model.Trigger;
import dev.sluice.processor.step.ModuleStep;
import dev.sluice.processor.trigger.TriggerPlugin;
import dev.sluice.processor.trigger.Triggers;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The trigger registry is complete: a trigger model or a method annotation added without its plug-in fails
 * here, in Sluice's build, instead of in a user's compile.
 */
class TriggersTest {

    private final Triggers triggers = new Triggers(Optional.empty());

    @Test
    void everyTriggerModelHasExactlyOnePlugin() {
        for (Class<?> model : Trigger.class.getPermittedSubclasses()) {
            long plugins = triggers.all().stream().filter(plugin -> plugin.model().equals(model)).count();
            assertWithMessage("plug-ins for %s", model.getSimpleName()).that(plugins).isEqualTo(1);
        }
        assertThat(triggers.all()).hasSize(Trigger.class.getPermittedSubclasses().length);
    }

    @Test
    void everyMethodAnnotationIsATriggerOrKnownNotToBeOne() throws Exception {
        List<Class<?>> notTriggers = new ArrayList<>(ModuleStep.GRANTS);
        notTriggers.add(Function.class);
        List<Class<?>> pluginAnnotations = new ArrayList<>(triggers.annotations());
        for (Class<?> annotation : EveryAttributeTest.annotationTypes()) {
            Target target = annotation.getAnnotation(Target.class);
            if (target != null && Arrays.asList(target.value()).contains(ElementType.METHOD)) {
                assertWithMessage("@%s targets methods: give it a trigger plug-in in Triggers, or list it here as "
                        + "not a trigger", annotation.getName())
                        .that(pluginAnnotations.contains(annotation) || notTriggers.contains(annotation)).isTrue();
            }
        }
        assertThat(pluginAnnotations).containsNoDuplicates();
    }

    @Test
    void theProcessorClaimsEveryTriggerAnnotation() {
        for (TriggerPlugin<?> plugin : triggers.all()) {
            assertThat(new SluiceProcessor().getSupportedAnnotationTypes())
                    .contains(plugin.annotation().getCanonicalName());
        }
    }
}
