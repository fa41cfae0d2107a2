package dev.sluice.processor.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text the generator fills in, from the {@code sluice-codegen-templates} artifact
 * ({@code dev/sluice/templates/...}): {@code ${name}} placeholders replaced by values. A placeholder without a
 * value is a bug in Sluice, so it fails loudly instead of leaking into a user's file.
 */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

    private Templates() {}

    public static String fill(String template, Map<String, String> values) {
        String text = load(template);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("template " + template + " has no value for ${" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    /** A template used as it is, such as source code whose own {@code ${...}} must stay untouched. */
    static String text(String template) {
        return load(template);
    }

    private static String load(String template) {
        String path = "/dev/sluice/templates/" + template;
        try (InputStream in = Templates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + path + ": is sluice-codegen-templates on the "
                        + "processor path?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
