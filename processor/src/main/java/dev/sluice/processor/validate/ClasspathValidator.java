package dev.sluice.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.FunctionModel;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * What a function's generated handler calls beyond the runtime, checked against the user's class path: Jackson
 * databind for payload types Sluice writes no decoder for, and CRaC for SnapStart. (A trigger's own needs, such as
 * the S3 client, are its plug-in's.) Run on the parsed model, since both depend on what parsing decided.
 */
public final class ClasspathValidator {

    private final Elements elements;

    public ClasspathValidator(Elements elements) {
        this.elements = elements;
    }

    public void validate(ExecutableElement method, FunctionModel function, boolean snapStart, Report report) {
        TypeName payloadType = function.trigger().decodedType();
        if (payloadType != null && function.trigger().decoder() == null && missing(
                "com.fasterxml.jackson.databind.ObjectReader")) {
            report.error(method.getParameters().get(0), Message.PAYLOAD_NEEDS_DATABIND, payloadType,
                    function.method(), "it is not a record of the types Sluice generates decoders for", payloadType);
        }
        if (snapStart && missing("org.crac.Resource")) {
            report.error(method, Message.SNAPSTART_NEEDS_CRAC, function.name());
        }
    }

    private boolean missing(String className) {
        return elements.getTypeElement(className) == null;
    }
}
