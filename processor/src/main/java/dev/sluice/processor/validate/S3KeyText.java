package dev.sluice.processor.validate;

import java.nio.charset.StandardCharsets;

/** What S3 and IAM accept as a literal key prefix or suffix (notification filters, object ARNs, conditions). */
final class S3KeyText {

    /** S3's limit on a key, and so on a filter value. */
    static final int MAX_BYTES = 1024;

    private S3KeyText() {}

    /** Why {@code text} cannot be a key prefix or suffix, in words, or null when it can. */
    static String problem(String text) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return "is " + bytes + " bytes long";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return String.format("contains the control character U+%04X at index %d", (int) c, i);
            }
        }
        return null;
    }
}
