package dev.sluice.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.palantir.javapoet.ClassName;
import dev.sluice.processor.generate.RuntimeTypes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Generated code names its run-time types by string ({@link RuntimeTypes}): each must exist in the libraries
 * users compile against, so that a renamed runtime class fails Sluice's build rather than a user's compile.
 */
class RuntimeTypesTest {

    @Test
    void everyNamedRuntimeTypeExists() throws Exception {
        int checked = 0;
        for (Field field : RuntimeTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ClassName.class) {
                field.setAccessible(true);
                ClassName name = (ClassName) field.get(null);
                String binary = name.packageName() + "." + String.join("$", name.simpleNames());
                assertWithMessage("%s (%s) is on the class path", field.getName(), binary)
                        .that(loads(binary)).isTrue();
                checked++;
            }
        }
        assertWithMessage("runtime types checked").that(checked).isAtLeast(25);
    }

    private static boolean loads(String binaryName) {
        try {
            Class.forName(binaryName, false, RuntimeTypesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
