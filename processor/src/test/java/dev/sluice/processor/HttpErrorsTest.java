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
    void aListReturnNeedsDatabindAPlainRecordDoesNot() {
        JavaFileObject list = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\")",
                "    public java.util.List<Item> list() { return java.util.List.of(); }");
        assertThat(compileWithout("jackson-databind", list, Compiler.PIPELINE))
                .hadErrorContaining(Message.HTTP_NEEDS_DATABIND.id());
        JavaFileObject record = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items/{id}\")",
                "    public Item get(String id) { return new Item(id); }");
        assertThat(compileWithout("jackson-databind", record, Compiler.PIPELINE)).succeeded();
    }

    @Test
    void jwtOnTheRestApi() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\", api = OnHttp.Api.REST,",
                "            auth = OnHttp.Auth.JWT, authorizer = \"main\")",
                "    public void get() {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_AUTHORIZER_USE, file, "auth = OnHttp.Auth.JWT");
    }

    @Test
    void scopesWithoutJwt() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\", scopes = \"read\")",
                "    public void get() {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_AUTHORIZER_USE, file, "scopes = ");
    }

    @Test
    void undeclaredJwtAuthorizerSuggestsTheDeclaredOne() {
        JavaFileObject pipeline = source("JwtPipeline",
                "@Pipeline(service = \"jwt\", jwtAuthorizers = @JwtAuthorizer(name = \"cognito\",",
                "        issuerUrl = \"https://issuer.example.com\", audiences = \"web\"))",
                "public class JwtPipeline {}");
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\", auth = OnHttp.Auth.JWT,",
                "            authorizer = \"cognitio\")",
                "    public void get() {}");
        Compilation compilation = Compiler.compile(file, pipeline);
        assertSingleError(compilation, Message.HTTP_AUTHORIZER_UNDECLARED, file, "authorizer = ");
        assertThat(compilation).hadErrorContaining("Did you mean \"cognito\"");
    }

    @Test
    void jwtAuthorizerWithAnHttpIssuer() {
        JavaFileObject pipeline = source("JwtPipeline",
                "@Pipeline(service = \"jwt\", jwtAuthorizers = @JwtAuthorizer(name = \"cognito\",",
                "        issuerUrl = \"http://issuer.example.com\", audiences = \"web\"))",
                "public class JwtPipeline {}");
        Compilation compilation = Compiler.compile(pipeline);
        assertSingleError(compilation, Message.JWT_AUTHORIZER, pipeline, "jwtAuthorizers = ");
        assertThat(compilation).hadErrorContaining("is not an https URL");
    }

    @Test
    void pathsTheFrameworkMapsToOneLogicalId() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/user-list\", api = OnHttp.Api.REST)",
                "    public void a() {}",
                "    @OnHttp(method = OnHttp.Method.GET, path = \"/User-List/{id}\", api = OnHttp.Api.REST)",
                "    public void b(String id) {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.HTTP_ROUTE_ID_CLASH, file, "/User-List/{id}");
        assertThat(compilation).hadErrorContaining("ApiGatewayResourceUserDashlist");
    }

    @Test
    void anOperationOutsideTheAccess() {
        JavaFileObject pipeline = source("TablePipeline",
                "@Pipeline(service = \"tables\", tables = @Table(name = \"users\", partitionKey = \"id\"))",
                "public class TablePipeline {}");
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\")",
                "    @UsesTable(value = \"users\", access = UsesTable.Access.READ, only = UsesTable.Operation.PUT_ITEM)",
                "    public void get() {}");
        assertSingleError(Compiler.compile(file, pipeline), Message.GRANT_OPERATION_OUTSIDE_ACCESS, file,
                "only = UsesTable.Operation.PUT_ITEM");
    }

    @Test
    void aSuccessStatusOutside2xx() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.POST, path = \"/items\", status = 302)",
                "    public Item post(Item item) { return item; }");
        assertSingleError(compileWithPipeline(file), Message.HTTP_STATUS, file, "status = 302");
    }

    @Test
    void aStatusOnAMethodThatReturnsNothing() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.DELETE, path = \"/items/{id}\", status = 202)",
                "    public void delete(String id) {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.HTTP_STATUS_UNUSED, file, "status = 202");
        assertThat(compilation).hadErrorContaining("returns nothing (204)");
    }

    @Test
    void aHeaderNameThatIsNotAToken() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\")",
                "    public void get(@Header(\"X Trace\") String trace) {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_TOKEN, file, "String trace");
    }

    @Test
    void aScopeWithASpaceAndACorsHeaderWithAColon() {
        JavaFileObject scope = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\", auth = OnHttp.Auth.JWT,",
                "            authorizer = \"main\", scopes = \"read items\")",
                "    public void get() {}");
        assertThat(compileWithPipeline(scope)).hadErrorContaining(Message.HTTP_TOKEN.id() + " scope \"read items\"");
        JavaFileObject cors = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\",",
                "            cors = @OnHttp.Cors(origins = \"*\", headers = \"X-A: b\"))",
                "    public void get() {}");
        assertSingleError(compileWithPipeline(cors), Message.HTTP_TOKEN, cors, "cors = ");
    }

    @Test
    void aFunctionUrlWithASpecificRoute() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.GET, path = \"/items\", api = OnHttp.Api.FUNCTION_URL)",
                "    public void get() {}");
        assertSingleError(compileWithPipeline(file), Message.HTTP_FUNCTION_URL_ROUTE, file, "method = ");
    }

    @Test
    void aFunctionUrlMayRunLongerThanAPIGatewayWaits() {
        JavaFileObject file = api("    @OnHttp(method = OnHttp.Method.ANY, path = \"/{proxy+}\", api = OnHttp.Api.FUNCTION_URL)",
                "    @Function(timeoutSeconds = 300)",
                "    public String get(String proxy) { return proxy; }");
        assertThat(compileWithPipeline(file)).succeededWithoutWarnings();
    }
}
