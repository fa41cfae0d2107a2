package dev.sluice.processor.generate;

import com.palantir.javapoet.CodeBlock;

/**
 * User strings as Java string literals. JavaPoet's {@code $S} leaves characters that its own line handling reads
 * as line breaks (U+0085, U+2028, U+2029) raw, and a line break inside a literal does not compile; here every
 * character that is not plainly printable is escaped: the usual escapes, octal for other controls (never a
 * {@code \}{@code u000a}-style escape, which javac would turn into a real line break before lexing), and
 * {@code \}{@code uXXXX} for the Unicode line separators and lone surrogates.
 */
final class JavaLiterals {

    private JavaLiterals() {}

    static CodeBlock of(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append('\\').append(String.format("%03o", (int) c));
                    } else if (c == '\u0085' || c == '\u2028' || c == '\u2029' || loneSurrogate(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return CodeBlock.of("$L", out.append('"').toString());
    }

    private static boolean loneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
