package dev.sluice.processor.validate;

import java.util.Optional;

/** Checks that a constant is one well-formed JSON document (RFC 8259), saying where it is not. */
public final class JsonSyntax {

    private final String text;
    private int at;

    private JsonSyntax(String text) {
        this.text = text;
    }

    /** What is wrong with {@code text} as JSON, with its position; empty when it is a valid document. */
    public static Optional<String> problem(String text) {
        JsonSyntax json = new JsonSyntax(text);
        try {
            json.space();
            json.value(0);
            json.space();
            if (json.at != text.length()) {
                throw json.error("unexpected content after the document");
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void value(int depth) {
        if (depth > 500) {
            throw error("nesting deeper than 500 levels");
        }
        if (at >= text.length()) {
            throw error("a value is missing");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{' -> {
                at++;
                space();
                if (peek('}')) {
                    at++;
                    return;
                }
                while (true) {
                    space();
                    string();
                    space();
                    expect(':');
                    space();
                    value(depth + 1);
                    space();
                    if (peek(',')) {
                        at++;
                    } else {
                        expect('}');
                        return;
                    }
                }
            }
            case '[' -> {
                at++;
                space();
                if (peek(']')) {
                    at++;
                    return;
                }
                while (true) {
                    space();
                    value(depth + 1);
                    space();
                    if (peek(',')) {
                        at++;
                    } else {
                        expect(']');
                        return;
                    }
                }
            }
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void string() {
        expect('"');
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw error("a control character must be escaped in a string");
            }
            if (c == '\\') {
                if (at >= text.length()) {
                    break;
                }
                char escape = text.charAt(at++);
                if (escape == 'u') {
                    if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
                        throw error("\\u needs four hex digits");
                    }
                    at += 4;
                } else if ("\"\\/bfnrt".indexOf(escape) < 0) {
                    throw error("invalid escape \\" + escape);
                }
            }
        }
        throw error("a string is not closed");
    }

    private void number() {
        int start = at;
        if (peek('-')) {
            at++;
        }
        if (peek('0')) {
            at++;
        } else if (at < text.length() && Character.isDigit(text.charAt(at)) ) {
            digits();
        } else {
            at = start;
            throw error("expected a value");
        }
        if (peek('.')) {
            at++;
            digits();
        }
        if (peek('e') || peek('E')) {
            at++;
            if (peek('+') || peek('-')) {
                at++;
            }
            digits();
        }
    }

    private void digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        if (at == start) {
            throw error("expected a digit");
        }
    }

    private void literal(String word) {
        if (!text.startsWith(word, at)) {
            throw error("expected a value");
        }
        at += word.length();
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at character " + (at + 1));
    }
}
