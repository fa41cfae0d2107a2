package dev.sluice.local;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A warm function, as a Lambda container keeps one: the handler is created once, then invoked for each event the
 * parent sends, until the parent closes the stream. Events arrive on standard input and responses leave on
 * standard output, each framed as a 4-byte length and the bytes (a response is preceded by one status byte:
 * 0 for a response, 1 for the error document Lambda's runtime would post). Whatever the function prints goes to
 * standard error, so it can never corrupt the framing.
 *
 * <pre>
 * java -cp ... dev.sluice.local.Worker --handler com.x.Y_zHandler::handleRequest --function z --timeout 30 --memory 512
 * </pre>
 */
public final class Worker {

    private Worker() {}

    public static void main(String[] args) throws Exception {
        String handler = option(args, "--handler", null);
        String function = option(args, "--function", "function");
        int timeout = Integer.parseInt(option(args, "--timeout", "30"));
        int memory = Integer.parseInt(option(args, "--memory", "512"));
        DataOutputStream responses = new DataOutputStream(new FileOutputStream(FileDescriptor.out));
        DataInputStream events = new DataInputStream(new FileInputStream(FileDescriptor.in));
        PrintStream log = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(log);
        LocalInvoker invoker = new LocalInvoker(handler, Thread.currentThread().getContextClassLoader());
        while (true) {
            byte[] event;
            try {
                event = new byte[events.readInt()];
            } catch (EOFException e) {
                return;
            }
            events.readFully(event);
            byte status;
            byte[] response;
            try {
                response = invoker.invoke(event, new LocalContext(function, memory, timeout, log));
                status = 0;
            } catch (Throwable error) {
                status = 1;
                response = errorDocument(error).getBytes(StandardCharsets.UTF_8);
            }
            responses.writeByte(status);
            responses.writeInt(response.length);
            responses.write(response);
            responses.flush();
        }
    }

    /** What Lambda's runtime posts for a function error: the type and message. */
    static String errorDocument(Throwable error) {
        Throwable cause = error.getCause() != null && error instanceof RuntimeException
                && error.getClass() == RuntimeException.class ? error.getCause() : error;
        return "{\"errorMessage\":" + quote(String.valueOf(cause.getMessage())) + ",\"errorType\":"
                + quote(cause.getClass().getName()) + "}";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
