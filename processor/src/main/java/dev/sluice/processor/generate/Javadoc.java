package dev.sluice.processor.generate;

/**
 * User strings (queue and table names, S3 prefixes, schedule expressions…) as they may appear in generated
 * Javadoc. Javadoc is a comment inside Java source, so a user string there can end the comment ({@code *}{@code /}),
 * start a tag ({@code @}, <code>{&#64;</code>), open HTML ({@code <}) or — since javac reads {@code \}{@code u}
 * escapes everywhere in a source file, comments included — become any character at all. Every such character is
 * written as an HTML character reference, which javac ignores and the Javadoc tool renders as the character.
 */
final class Javadoc {

    private Javadoc() {}

    /** {@code text} in code font, safe anywhere in a Javadoc comment and rendered exactly as written. */
    static String code(String text) {
        return "<code>" + escape(text) + "</code>";
    }

    /** {@code text} with every character that means something to javac or the Javadoc tool escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                case '\\' -> out.append("&#92;");
                // "*" then "/" would end the comment; "/" then "*" is harmless but kept symmetric for readers.
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validSurrogate(text, i)) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
