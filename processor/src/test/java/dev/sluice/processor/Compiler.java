package dev.sluice.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import dev.sluice.processor.diag.Message;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles test sources with the Sluice processor, the way a user's Maven build does, with lint on. */
final class Compiler {

    /** A {@code @Pipeline} declaring the queues most tests read from. */
    static final JavaFileObject PIPELINE = JavaFileObjects.forSourceLines("test.TestPipeline",
            "package test;",
            "",
            "import dev.sluice.annotations.Pipeline;",
            "import dev.sluice.annotations.Queue;",
            "",
            "@Pipeline(service = \"test\", queues = {@Queue(name = \"orders\"), @Queue(name = \"orders.fifo\"),",
            "        @Queue(name = \"orders-primed\"), @Queue(name = \"orders-strict\")})",
            "public class TestPipeline {}");

    private Compiler() {}

    static Compilation compile(JavaFileObject... sources) {
        return javac()
                .withProcessors(new SluiceProcessor())
                // Every lint except "processing", which reports annotations no processor claimed (Sluice leaves
                // its annotations unclaimed for other processors, and nothing claims @Generated): noise about the
                // processor set, not about the code.
                .withOptions("-Xlint:all,-processing")
                .compile(sources);
    }

    /** Compiles {@code sources} together with {@link #PIPELINE}. */
    static Compilation compileWithPipeline(JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(List.of(sources));
        all.add(PIPELINE);
        return compile(all.toArray(JavaFileObject[]::new));
    }

    /**
     * Compiles on the test class path less every entry whose path contains {@code missing}: how a user's build
     * looks without an optional dependency.
     */
    static Compilation compileWithout(String missing, JavaFileObject... sources) {
        List<File> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains(missing))
                .map(File::new)
                .toList();
        return javac().withProcessors(new SluiceProcessor()).withClasspath(classpath).compile(sources);
    }

    /** Exactly one error: {@code message}, in {@code file}, on the line containing {@code line}. */
    static void assertSingleError(Compilation compilation, Message message, JavaFileObject file, String line) {
        CompilationSubject.assertThat(compilation).hadErrorContaining(message.id()).inFile(file)
                .onLineContaining(line);
        CompilationSubject.assertThat(compilation).hadErrorCount(1);
    }

    /**
     * Class {@code test.Listener}: {@code head} (its imports, the class line, the records its methods take), then
     * {@code members}, then the closing brace.
     */
    static JavaFileObject listener(List<String> head, String... members) {
        List<String> lines = new ArrayList<>(head);
        lines.addAll(List.of(members));
        lines.add("}");
        return source("Listener", lines.toArray(String[]::new));
    }

    /** A source file {@code test.<simpleName>} from lines, with the usual Sluice imports prepended. */
    static JavaFileObject source(String simpleName, String... lines) {
        List<String> all = new ArrayList<>(List.of(
                "package test;",
                "",
                "import dev.sluice.annotations.*;",
                "import dev.sluice.runtime.SqsMessage;",
                "import com.amazonaws.services.lambda.runtime.events.SQSEvent;",
                ""));
        all.addAll(List.of(lines));
        return JavaFileObjects.forSourceLines("test." + simpleName, all);
    }
}
