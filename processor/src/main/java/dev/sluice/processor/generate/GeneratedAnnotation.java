package dev.sluice.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.lang.model.util.Elements;

/**
 * {@code @Generated("dev.sluice.processor.SluiceProcessor")}, with no date and no environment so that output is
 * byte-identical from build to build. {@code javax.annotation.processing.Generated} exists on every JDK Sluice
 * supports; should it be missing from the target platform, the annotation is left out rather than guessed.
 */
public final class GeneratedAnnotation {

    static final String PROCESSOR = "dev.sluice.processor.SluiceProcessor";
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private GeneratedAnnotation() {}

    public static Optional<AnnotationSpec> of(Elements elements) {
        if (elements.getTypeElement(GENERATED.canonicalName()) == null) {
            return Optional.empty();
        }
        return Optional.of(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
}
