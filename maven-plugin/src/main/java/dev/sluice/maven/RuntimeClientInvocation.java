package dev.sluice.maven;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;

/**
 * One function invoked once through AWS's own runtime interface client ({@code aws-lambda-java-runtime-interface-
 * client}), exactly as Lambda's Java runtimes run it: a child JVM starts {@code AWSLambda} with the handler, and
 * fetches its event from a Lambda Runtime API served here on loopback ({@code next} with the request id, deadline,
 * function ARN and trace id; {@code response}; {@code error}; {@code init/error}). The client's native library is
 * unpacked once into the build directory and named to the child, instead of the fixed {@code /tmp} path the client
 * would share between concurrent children.
 *
 * <p>The client ships native libraries for Linux only (x86_64 and aarch64): elsewhere {@link #supported()} is false
 * and callers fall back to {@link Invocation#run}, which keeps the same contract in-process.
 */
public final class RuntimeClientInvocation {

    private static final String MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    private static final String JNI_PROPERTY =
            "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    private final Invocation invocation;
    private final LocalPipeline.Function function;

    public RuntimeClientInvocation(Invocation invocation, LocalPipeline.Function function) {
        this.invocation = invocation;
        this.function = function;
    }

    /** The client's native library for this machine, by its name in the client's jar; empty off Linux. */
    static Optional<String> nativeLibrary() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.startsWith("linux")) {
            return Optional.empty();
        }
        boolean musl = Files.exists(Path.of("/etc/alpine-release"));
        return switch (arch) {
            case "amd64", "x86_64" -> Optional.of("libaws-lambda-jni." + (musl ? "linux_musl" : "linux") + "-x86_64.so");
            case "aarch64", "arm64" -> Optional.of("libaws-lambda-jni." + (musl ? "linux_musl" : "linux")
                    + "-aarch_64.so");
            default -> Optional.empty();
        };
    }

    public static boolean supported() {
        return nativeLibrary().isPresent();
    }

    /**
     * Runs the child with {@code classpath} (which must hold the runtime interface client's jar) and serves it
     * {@code event}; waits at most the function's timeout once the event is taken, stopping the child after.
     */
    public Invocation.Result run(Path java, List<String> classpath, byte[] event, Path work, PrintStream log)
            throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path library = unpack(classpath, work);
        String requestId = UUID.randomUUID().toString();
        CompletableFuture<Void> taken = new CompletableFuture<>();
        CompletableFuture<byte[]> response = new CompletableFuture<>();
        CompletableFuture<byte[]> error = new CompletableFuture<>();
        // Without it, the JDK's server delays each small response (Nagle), ~90 ms a call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String arn = "arn:aws:lambda:" + invocation.environment().get("AWS_REGION") + ":" + LocalSqs.ACCOUNT
                + ":function:" + invocation.environment().get("AWS_LAMBDA_FUNCTION_NAME");
        server.createContext("/2018-06-01/runtime/invocation/next", exchange -> {
            if (!taken.complete(null)) {
                return; // one invocation: the client waits here until it is stopped
            }
            exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", requestId);
            exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                    String.valueOf(System.currentTimeMillis() + function.timeoutSeconds() * 1000L));
            exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", arn);
            exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                    "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-"
                            + requestId.replace("-", "").substring(0, 24) + ";Sampled=0");
            // Lambda always sends these, if empty; the client's native code fails when one is absent.
            exchange.getResponseHeaders().add("Lambda-Runtime-Client-Context", "");
            exchange.getResponseHeaders().add("Lambda-Runtime-Cognito-Identity", "");
            exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Tenant-Id", "");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            send(exchange, 200, event);
        });
        server.createContext("/2018-06-01/runtime/invocation/" + requestId + "/response", exchange -> {
            response.complete(exchange.getRequestBody().readAllBytes());
            send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/2018-06-01/runtime/", exchange -> {
            // An invocation error (…/error) or an init error (init/error): the body is the error document.
            error.complete(exchange.getRequestBody().readAllBytes());
            send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
        });
        server.start();
        Process process = null;
        try {
            Path taskRoot = Files.createDirectories(work.resolve("task"));
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.add("-Xmx" + Math.max(64, function.memoryMb() * 85 / 100) + "m");
            command.add("-Dfile.encoding=UTF-8");
            command.add("-D" + JNI_PROPERTY + "=" + library);
            command.add("-cp");
            command.add(String.join(File.pathSeparator, classpath));
            command.add(MAIN);
            command.add(function.handler());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("_"));
            builder.environment().putAll(invocation.environment());
            builder.environment().put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + server.getAddress().getPort());
            builder.environment().put("_HANDLER", function.handler());
            builder.environment().put("LAMBDA_TASK_ROOT", taskRoot.toString());
            builder.environment().put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
            builder.environment().put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/"
                    + invocation.environment().get("AWS_LAMBDA_FUNCTION_NAME"));
            builder.environment().put("AWS_LAMBDA_LOG_STREAM_NAME", "local");
            process = builder.start();
            Process child = process;
            Thread pump = new Thread(() -> Invocation.copy(child.getInputStream(), log,
                    "[" + function.name() + "] "), "sluice-ric-log");
            pump.setDaemon(true);
            pump.start();
            CompletableFuture<Object> outcome = CompletableFuture.anyOf(response, error,
                    child.onExit().thenApply(p -> null));
            // The JVM's start and the handler's init come first; the function's timeout runs from the event on.
            try {
                outcome.get(function.timeoutSeconds() + 30L, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                return new Invocation.Result(new byte[0], -1, true, function.name() + " timed out after "
                        + function.timeoutSeconds() + " s (its @Function timeout) and was stopped");
            } catch (ExecutionException e) {
                throw new IOException(e.getCause());
            }
            if (response.isDone()) {
                return new Invocation.Result(response.join(), 0, false, null);
            }
            byte[] document = error.getNow(null);
            if (document != null) {
                return new Invocation.Result(document, 1, false, function.name() + " failed: "
                        + new String(document, StandardCharsets.UTF_8));
            }
            return new Invocation.Result(new byte[0], child.exitValue(), false, function.name()
                    + "'s runtime exited (code " + child.exitValue() + ") before answering; its output is above");
        } finally {
            if (process != null) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            server.stop(0);
        }
    }

    /** The native library, from the client's jar on {@code classpath} into {@code work} (once). */
    private static Path unpack(List<String> classpath, Path work) throws IOException {
        String name = nativeLibrary().orElseThrow(() -> new IOException("the AWS runtime interface client has no "
                + "native library for " + System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        Path target = work.resolve(name);
        if (Files.exists(target)) {
            return target;
        }
        for (String entry : classpath) {
            if (entry.contains("aws-lambda-java-runtime-interface-client")) {
                try (JarFile jar = new JarFile(entry)) {
                    var library = jar.getEntry("jni/" + name);
                    if (library != null) {
                        Path partial = Files.createTempFile(work, name, ".part");
                        try (InputStream in = jar.getInputStream(library)) {
                            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                        }
                        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                        return target;
                    }
                }
            }
        }
        throw new IOException("aws-lambda-java-runtime-interface-client (with jni/" + name + ") is not on the "
                + "function's class path");
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
