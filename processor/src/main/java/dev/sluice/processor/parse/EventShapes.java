package dev.sluice.processor.parse;

import dev.sluice.processor.model.EventTrigger.EventShape;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Recognises the parameter list of an {@code @OnEvent} method. */
public final class EventShapes {

    public static final String EVENT_BRIDGE_EVENT = "dev.sluice.runtime.EventBridgeEvent";

    private EventShapes() {}

    /** The shape of {@code method}'s parameters, or empty when Sluice cannot supply them. */
    public static Optional<EventShape> of(ExecutableElement method) {
        List<? extends VariableElement> parameters = method.getParameters();
        if (parameters.isEmpty() || parameters.size() > 2) {
            return Optional.empty();
        }
        TypeMirror first = parameters.get(0).asType();
        if (parameters.size() == 1 && SqsShapes.is(first, EVENT_BRIDGE_EVENT)) {
            return Optional.of(EventShape.EVENT);
        }
        if (first.getKind() != TypeKind.DECLARED || SqsShapes.is(first, EVENT_BRIDGE_EVENT)
                || SqsShapes.is(first, "java.lang.String")) {
            return Optional.empty();
        }
        if (parameters.size() == 2) {
            return SqsShapes.is(parameters.get(1).asType(), EVENT_BRIDGE_EVENT) ? Optional.of(EventShape.DETAIL_EVENT)
                    : Optional.empty();
        }
        return Optional.of(EventShape.DETAIL);
    }
}
