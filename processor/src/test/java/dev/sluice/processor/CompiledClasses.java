package dev.sluice.processor;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.google.testing.compile.Compilation;
import dev.sluice.local.LocalContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes of a successful compile-testing compilation, generated handlers included. */
final class CompiledClasses extends ClassLoader {

    private final Map<String, JavaFileObject> classes = new HashMap<>();

    CompiledClasses(Compilation compilation) {
        super(CompiledClasses.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                        path.length() - ".class".length()).replace('/', '.');
                classes.put(name, file);
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        JavaFileObject file = classes.get(name);
        if (file == null) {
            throw new ClassNotFoundException(name);
        }
        try (InputStream in = file.openInputStream()) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new instance of a compiled class, through its public no-argument constructor. */
    <T> T newInstance(String name, Class<T> as) throws ReflectiveOperationException {
        return as.cast(loadClass(name).getConstructor().newInstance());
    }

    /**
     * Invokes a new instance of a compiled stream handler as the Lambda runtime does: the event's bytes in, the
     * response's out (as text), a context with 30 s to go whose logger writes to {@code log}.
     */
    String invoke(String handler, byte[] event, OutputStream log) throws Exception {
        RequestStreamHandler instance = newInstance(handler, RequestStreamHandler.class);
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        instance.handleRequest(new ByteArrayInputStream(event), response,
                new LocalContext("function", 512, 30, new PrintStream(log, true, StandardCharsets.UTF_8)));
        return response.toString(StandardCharsets.UTF_8);
    }

    /** The bytes of a test event under {@code src/test/resources/events/}. */
    static byte[] event(String name) throws IOException {
        try (InputStream in = CompiledClasses.class.getClassLoader().getResourceAsStream("events/" + name)) {
            if (in == null) {
                throw new IOException("no test event events/" + name);
            }
            return in.readAllBytes();
        }
    }
}
