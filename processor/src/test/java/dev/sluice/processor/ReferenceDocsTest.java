package dev.sluice.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.sluice.processor.diag.Message;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reference pages users look things up in, generated from the code so they cannot drift: {@code
 * docs/annotations.md} (every annotation and every attribute, by reflection, with its type, default and the Javadoc
 * from its source) and {@code docs/diagnostics.md} (every diagnostic id, in the catalog's sections, with its text —
 * which says what is wrong and how to fix it). A page that differs from what the code gives fails the build;
 * {@code -Dgoldens.update=true} rewrites it (and fails once, so that the diff gets reviewed).
 */
class ReferenceDocsTest {

    private static final Path DOCS = Path.of("../docs");
    private static final Path ANNOTATION_SOURCES = Path.of("../annotations/src/main/java/dev/sluice/annotations");
    private static final Path MESSAGES = Path.of("src/main/java/dev/sluice/processor/diag/Message.java");

    @Test
    void annotationsReference() throws Exception {
        StringBuilder out = new StringBuilder("""
                # Annotation reference

                Every Sluice annotation and attribute, generated from `annotations/` by `ReferenceDocsTest` (a change to
                an annotation without this page fails the build). The [README](../README.md) explains how they work
                together; [the diagnostics](diagnostics.md) list what the processor checks.
                """);
        List<String> undocumented = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>(EveryAttributeTest.annotationTypes());
        types.sort(Comparator.comparing(ReferenceDocsTest::displayName));
        for (Class<?> type : types) {
            if (type.getSimpleName().equals("List")) {
                continue; // the containers of repeatable annotations: @X.List is written as repeated @X
            }
            Map<String, String> javadoc = javadoc(type);
            out.append("\n## @").append(displayName(type)).append("\n\n");
            String summary = javadoc.get("");
            if (summary != null) {
                out.append(summary).append("\n");
            }
            Method[] methods = type.getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(m -> order(type, m.getName())));
            if (methods.length == 0) {
                continue;
            }
            out.append("\n| attribute | type | default | meaning |\n| --- | --- | --- | --- |\n");
            for (Method method : methods) {
                if (javadoc.getOrDefault(method.getName(), "").isBlank()) {
                    undocumented.add(displayName(type) + "." + method.getName());
                }
                out.append("| `").append(method.getName()).append("` | ")
                        .append(cell(typeName(method.getReturnType()))).append(" | ")
                        .append(method.getDefaultValue() == null ? "required"
                                : cell(value(method.getDefaultValue())))
                        .append(" | ").append(cell(javadoc.getOrDefault(method.getName(), ""))).append(" |\n");
            }
        }
        assertWithMessage("attributes without Javadoc (the reference would leave them unexplained)")
                .that(undocumented).isEmpty();
        Goldens.assertFile(DOCS.resolve("annotations.md"), out.toString());
    }

    @Test
    void diagnosticsReference() throws Exception {
        StringBuilder out = new StringBuilder("""
                # Diagnostics

                Every error and warning the Sluice processor reports, generated from its catalog (`diag/Message.java`)
                by `ReferenceDocsTest`. Each starts with its id, points at the annotation (or attribute) at fault, and
                says what is wrong and how to fix it; `…` stands for the names and values of your code.
                """);
        String source = Files.readString(MESSAGES, StandardCharsets.UTF_8);
        Matcher sections = Pattern.compile("(?m)// --- (.+?) -+$|^    ([A-Z][A-Z0-9_]*)\\(").matcher(source);
        String section = null;
        while (sections.find()) {
            if (sections.group(1) != null) {
                section = sections.group(1);
                out.append("\n## ").append(section).append("\n\n");
            } else {
                Message message = Message.valueOf(sections.group(2));
                out.append("- `").append(message.id()).append("` ").append(message.template()).append("\n");
            }
        }
        String page = out.toString();
        for (Message message : Message.values()) {
            assertWithMessage("%s in the diagnostics page", message.id()).that(page).contains(message.id());
        }
        Goldens.assertFile(DOCS.resolve("diagnostics.md"), page);
    }

    private static String displayName(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }

    /** Where {@code name} is declared in its annotation's source, so attributes keep the order they are written in. */
    private static int order(Class<?> type, String name) {
        try {
            String source = Files.readString(sourceOf(type), StandardCharsets.UTF_8);
            int at = source.indexOf(" " + name + "()");
            return at < 0 ? Integer.MAX_VALUE : at;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path sourceOf(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return ANNOTATION_SOURCES.resolve(top.getSimpleName() + ".java");
    }

    /** The Javadoc of the annotation ({@code ""}) and of each attribute, from the source, as Markdown. */
    private static Map<String, String> javadoc(Class<?> type) throws Exception {
        String source = Files.readString(sourceOf(type), StandardCharsets.UTF_8);
        Map<String, String> docs = new LinkedHashMap<>();
        String declaration = "@interface " + type.getSimpleName() + " {";
        int start = source.indexOf(declaration);
        int typeDoc = source.lastIndexOf("/**", start);
        if (typeDoc >= 0 && source.substring(source.indexOf("*/", typeDoc), start).lines()
                .allMatch(line -> line.isBlank() || line.strip().startsWith("@") || line.strip().startsWith("*/")
                        || line.strip().startsWith("public"))) {
            docs.put("", markdown(source.substring(typeDoc + 3, source.indexOf("*/", typeDoc))));
        }
        int end = bodyEnd(source, start + declaration.length());
        Matcher attribute = Pattern.compile("/\\*\\*((?:(?!\\*/).)*?)\\*/\\s*[\\w.<>\\[\\]]+ (\\w+)\\(\\)",
                Pattern.DOTALL).matcher(source.substring(start, end));
        while (attribute.find()) {
            docs.putIfAbsent(attribute.group(2), markdown(attribute.group(1)));
        }
        return docs;
    }

    /** The index of the brace closing the body that starts at {@code from}. */
    private static int bodyEnd(String source, int from) {
        int depth = 1;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return source.length();
    }

    private static String markdown(String javadoc) {
        String text = javadoc.lines().map(line -> line.strip().replaceFirst("^\\* ?", ""))
                .reduce((a, b) -> a + "\n" + b).orElse("").strip();
        text = inlineTags(text)
                .replace("<ul>", "\n").replace("</ul>", "\n").replaceAll("\\s*<li>\\s*", "\n- ")
                .replace("<p>", "\n\n");
        // Javadoc's line breaks are spaces; blank lines and list items stay.
        return text.replaceAll("(?<!\n)\n(?![\n-])", " ").replaceAll("\n{3,}", "\n\n")
                .replaceAll("(?m)^ +", "").strip();
    }

    /** {@code {@code x}} (braces balanced) as code, {@code {@link A#b()}} and its kin as code names. */
    private static String inlineTags(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int tag = text.indexOf("{@", i);
            if (tag < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, tag);
            int depth = 0;
            int end = tag;
            for (; end < text.length(); end++) {
                char c = text.charAt(end);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            String body = text.substring(tag + 2, Math.min(end, text.length()));
            int space = body.indexOf(' ');
            String name = space < 0 ? body : body.substring(0, space);
            String argument = space < 0 ? "" : body.substring(space + 1).strip();
            switch (name) {
                case "code" -> out.append('`').append(argument).append('`');
                case "literal" -> out.append(argument);
                default -> {
                    // {@link Type#member() label}: the label when there is one, else the target as a code name.
                    String[] parts = argument.split(" ", 2);
                    out.append(parts.length == 2 ? parts[1] : "`" + parts[0].replaceFirst("^#", "")
                            .replace('#', '.').replace("()", "") + "`");
                }
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n\n", "<br><br>").replace("\n", " ");
    }

    private static String typeName(Class<?> type) {
        if (type.isArray()) {
            return typeName(type.getComponentType()) + "[]";
        }
        if (type.isEnum()) {
            return displayName(type) + " (" + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).toList()) + ")";
        }
        return type.isAnnotation() ? "@" + displayName(type) : type.getSimpleName();
    }

    private static String value(Object value) {
        if (value instanceof java.lang.annotation.Annotation annotation) {
            // Its own attributes' defaults are listed under it; toString's order is the JVM's, not stable.
            return "`@" + displayName(annotation.annotationType()) + "()`";
        }
        if (value instanceof String text) {
            return "`\"" + text + "\"`";
        }
        if (value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                Object item = Array.get(value, i);
                items.add(item instanceof String text ? "\"" + text + "\"" : String.valueOf(item));
            }
            return "`{" + String.join(", ", items) + "}`";
        }
        return "`" + value + "`";
    }
}
