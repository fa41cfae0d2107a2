package dev.sluice.processor.model;

import java.util.List;

/**
 * Names a method without holding its {@code Element}, which javac may replace between rounds. The processor
 * resolves it again whenever it needs to report on the method in a later round.
 *
 * @param type the declaring class's qualified name
 * @param method the method's simple name
 * @param parameterTypes the erased parameter types, as javac prints them
 */
public record MethodRef(String type, String method, List<String> parameterTypes) {

    @Override
    public String toString() {
        return type + "." + method + "(" + String.join(", ", parameterTypes) + ")";
    }
}
