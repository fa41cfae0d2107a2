package dev.sluice.processor.diag;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The diagnostics found while checking one element (Dagger's {@code ValidationReport} shape): each item keeps
 * the narrowest place at fault — element, annotation, attribute value — so javac underlines the attribute
 * itself. A report is printed once; whoever built it generates nothing for the element unless it is clean.
 */
public final class Report {

    private record Item(Diagnostic.Kind kind, String text, Element element, AnnotationMirror annotation,
            AnnotationValue value) {}

    private final List<Item> items = new ArrayList<>();

    /** An error on an element. */
    public void error(Element element, Message message, Object... args) {
        error(element, null, null, message, args);
    }

    /** An error on an annotation of an element, or on one of its values when {@code value} is not null. */
    public void error(Element element, AnnotationMirror annotation, AnnotationValue value, Message message,
            Object... args) {
        items.add(new Item(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value));
    }

    /** A warning on an annotation value: something that compiles and deploys, but likely loses or delays data. */
    public void warning(Element element, AnnotationMirror annotation, AnnotationValue value, Message message,
            Object... args) {
        items.add(new Item(Diagnostic.Kind.WARNING, message.format(args), element, annotation, value));
    }

    /** True when nothing is wrong. */
    public boolean isClean() {
        return items.stream().noneMatch(item -> item.kind() == Diagnostic.Kind.ERROR);
    }

    /** Prints every item, in the order found, and forgets them. */
    public void printTo(Messager messager) {
        for (Item item : items) {
            if (item.value() != null) {
                messager.printMessage(item.kind(), item.text(), item.element(), item.annotation(), item.value());
            } else if (item.annotation() != null) {
                messager.printMessage(item.kind(), item.text(), item.element(), item.annotation());
            } else {
                messager.printMessage(item.kind(), item.text(), item.element());
            }
        }
        items.clear();
    }
}
