package dev.sluice.runtime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Binds {@code @OnHttp} method parameters: finds each value in the request and converts it, answering 400 with
 * the parameter's name and what was expected when it is missing or does not convert. Generated handlers call
 * one method per parameter; the processor has checked the types.
 */
public final class HttpParams {

    private HttpParams() {}

    /** Path parameter {@code name}: API Gateway matched the route, so it is there. */
    public static String path(HttpRequest request, String name) {
        String value = request.pathParameters().get(name);
        if (value == null) {
            throw missing("path parameter", name);
        }
        return value;
    }

    /** The path without its leading {@code /}: a function URL's {@code {proxy+}}, which its event does not carry. */
    public static String pathTail(HttpRequest request) {
        String path = request.rawPath() == null ? "/" : request.rawPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    public static Optional<String> query(HttpRequest request, String name) {
        return request.query(name);
    }

    public static Optional<String> header(HttpRequest request, String name) {
        return request.header(name);
    }

    /** A required value: present, or 400. {@code what} e.g. {@code "query parameter limit"}. */
    public static String required(Optional<String> value, String what) {
        if (value.isEmpty()) {
            throw new HttpException.BadRequest("missing " + what);
        }
        return value.get();
    }

    private static HttpException missing(String kind, String name) {
        return new HttpException.BadRequest("missing " + kind + " " + name);
    }

    private static HttpException invalid(String what, String value, String expected) {
        return new HttpException.BadRequest(what + ": expected " + expected + ", got '" + shorten(value) + "'");
    }

    private static String shorten(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }

    public static int toInt(String value, String what) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(what, value, "an integer from -2147483648 to 2147483647");
        }
    }

    public static long toLong(String value, String what) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(what, value, "an integer");
        }
    }

    public static double toDouble(String value, String what) {
        try {
            double parsed = Double.parseDouble(value.trim());
            if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(what, value, "a number");
        }
    }

    public static BigDecimal toBigDecimal(String value, String what) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(what, value, "a decimal number");
        }
    }

    /** {@code true} or {@code false}, in any case; nothing else. */
    public static boolean toBoolean(String value, String what) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return lower.equals("true");
        }
        throw invalid(what, value, "true or false");
    }

    public static UUID toUuid(String value, String what) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(what, value, "a UUID");
        }
    }

    /** ISO-8601 instant, e.g. {@code 2026-11-30T08:00:00Z}. */
    public static Instant toInstant(String value, String what) {
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(what, value, "an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }

    /** ISO-8601 date, e.g. {@code 2026-11-30}. */
    public static LocalDate toLocalDate(String value, String what) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(what, value, "an ISO-8601 date such as 2026-01-31");
        }
    }

    /** One of the enum's constant names, exactly as declared. */
    public static <E extends Enum<E>> E toEnum(Class<E> type, String value, String what) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.trim())) {
                return constant;
            }
        }
        StringBuilder names = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append(constant.name());
        }
        throw invalid(what, value, "one of " + names);
    }

    /**
     * The JSON body decoded into the method's type: 415 unless the content type is JSON (or absent), 400 with
     * the decoder's reason when it does not decode.
     */
    public static <T> T body(HttpRequest request, PayloadDecoder<T> decoder) {
        Optional<String> type = request.header("content-type");
        if (type.isPresent() && !isJson(type.get())) {
            throw new HttpUnsupportedMediaType(type.get());
        }
        String body = request.body();
        if (body == null || body.isEmpty()) {
            throw new HttpException.BadRequest("missing JSON body");
        }
        try {
            return decoder.read(body);
        } catch (PayloadException e) {
            throw new HttpException.BadRequest(e.getMessage());
        }
    }

    private static boolean isJson(String contentType) {
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || media.startsWith("application/") && media.endsWith("+json");
    }

    /** 415, which is not one of the 4xx a method throws itself. */
    static final class HttpUnsupportedMediaType extends HttpException {
        private static final long serialVersionUID = 1L;

        HttpUnsupportedMediaType(String contentType) {
            super(415, "unsupported content type '" + contentType + "'; send application/json");
        }
    }
}
