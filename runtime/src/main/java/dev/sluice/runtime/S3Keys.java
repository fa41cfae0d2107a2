package dev.sluice.runtime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * S3 notification keys are URL-encoded the way HTML forms are: a space arrives as {@code +}, a {@code +} as
 * {@code %2B}, and every other reserved or non-ASCII character as {@code %XX} escapes of its UTF-8 bytes.
 * Reading the key as is loses objects with spaces in their names; decoding it with a URI decoder turns
 * {@code +} into a plus. This decodes exactly.
 */
public final class S3Keys {

    private S3Keys() {}

    /**
     * The key as stored in S3.
     *
     * @throws IllegalArgumentException if a {@code %} escape is malformed: the key names no object
     */
    public static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("S3 key is not validly URL-encoded (a '%' is not followed by two hex "
                    + "digits); S3 sends keys encoded, so this event does not name a stored object", e);
        }
    }
}
