package dev.sluice.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.assertSingleError;
import static dev.sluice.processor.Compiler.compileWithPipeline;
import static dev.sluice.processor.Compiler.compileWithout;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.diag.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One compile test per {@code @OnHttp} diagnostic, each on the line at fault. */
class HttpErrorsTest {

    private static JavaFileObject api(String... members) {
        String[] lines = new String[members.length + 6];
        lines[0] = "import dev.sluice.runtime.HttpRequest;";
        lines[1] = "import java.util.Optional;";
        lines[2] = "public class Api {";
        lines[3] = "    public record Item(String id) {}";
        lines[4] = "    public record Other(String id) {}";
        System.arraycopy(members, 0, lines, 5, members.length);
        lines[lines.length - 1] = "}";
        return source("Api", lines);
    }

    @Test
    void aDefaultTimeoutIsCappedSoAPlainRouteCompiles() {
        assertThat(compileWithPipeline(api(
                "    @OnHttp(method = OnHttp.Method.GET, path = \"/items/{id}\")",
                "    public Item get(String id) { return new Item(id); }"))).succeededWithoutWarnings();
    }

    @Test
    void greedyParameterNotLast() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/{proxy+}/x\")",
                "    public void get(HttpRequest request) {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_PATH, file, "path = \"/{proxy+}/x\"");
    }

    @Test
    void unbalancedBrace() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items/{id\")",
                "    public void get(HttpRequest request) {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_PATH, file, "path = \"/items/{id\"");
    }

    @Test
    void parameterBoundToNothing() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\")",
                "    public void get(int limit) {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_PARAMETER_UNBOUND, file, "int limit");
    }

    @Test
    void pathParameterWithoutMethodParameter() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items/{itemId}\")",
                "    public void get() {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_PATH_PARAMETER_MISSING, file, "path = ");
    }

    @Test
    void parameterTypeThatCannotBeConverted() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\")",
                "    public void get(@Query java.util.List<String> tags) {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_PARAMETER_TYPE, file, "List<String> tags");
    }

    @Test
    void bodyOnGet() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\")",
                "    public void get(Item item) {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_BODY_ON_GET, file, "Item item");
    }

    @Test
    void twoBodies() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.POST, path = \"/items\")",
                "    public void post(Item item, Other other) {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_TWO_BODIES, file, "Other other");
    }

    @Test
    void primitiveReturn() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/count\")",
                "    public int count() { return 1; }");
        assertSingleError(compileWithPipeline(file), Message.HTTP_RETURN_TYPE, file, "public int count");
    }

    @Test
    void originWithAPath() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\",",
                "            cors = @OnHttp.Cors(origins = \"https://app.example.com/ui\"))",
                "    public void get() {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_CORS_ORIGIN, file, "cors = ");
    }

    @Test
    void credentialsWithAnyOrigin() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\",",
                "            cors = @OnHttp.Cors(origins = \"*\", credentials = true))",
                "    public void get() {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_CORS_CREDENTIALS, file, "cors = ");
    }

    @Test
    void explicitTimeoutOverAPIGatewaysWait() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\")",
                "    @Function(timeoutSeconds = 30)",
                "    public void get() {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.HTTP_TIMEOUT, file, "timeoutSeconds = 30");
        assertThat(compilation).hadErrorContaining("answers 503");
    }

    @Test
    void twoFunctionsOnOneRoute() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items/{id}\")",
                "    public void get(String id) {}",
                "    @OnHttp(method = OnHttp.Method.ANY, path = \"/items/{itemId}\")",
                "    public void any(String itemId) {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.HTTP_ROUTE_CLASH, file, "path = \"/items/{id}");
        assertThat(compilation).hadErrorContaining("functions any and get both serve GET /items/{id}");
    }

    @Test
    void differentCorsOnOneHttpApi() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/a\",",
                "            cors = @OnHttp.Cors(origins = \"https://a.example.com\"))",
                "    public void a() {}",
                "    @OnHttp(method = OnHttp.Method.GET, path = \"/b\",",
                "            cors = @OnHttp.Cors(origins = \"https://b.example.com\"))",
                "    public void b() {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_CORS_DIFFERS, file,
                "origins = \"https://b.example.com\"");
    }

    @Test
    void jsonReturnWithoutDatabind() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items/{id}\")",
                "    public Item get(String id) { return new Item(id); }");
        Compilation compilation = compileWithout("jackson-databind", file, Compiler.PIPELINE);
        assertThat(compilation).hadErrorContaining(Message.HTTP_NEEDS_DATABIND.id());
    }
}
