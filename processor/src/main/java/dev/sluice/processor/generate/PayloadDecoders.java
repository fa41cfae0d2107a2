package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.JSON_PAYLOAD_READER;
import static dev.sluice.processor.generate.RuntimeTypes.PAYLOAD_DECODER;
import static dev.sluice.processor.generate.RuntimeTypes.PAYLOAD_READER;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.sluice.processor.model.DecoderModel;
import javax.lang.model.element.Modifier;

/** The {@code PayloadDecoder} field every handler that decodes JSON holds, built once per container. */
final class PayloadDecoders {

    private PayloadDecoders() {}

    /**
     * A generated decoder when {@code decoder} is set, databind otherwise; properties the type does not declare
     * fail the value only when {@code failOnUnknown}.
     */
    static FieldSpec field(TypeName type, DecoderModel decoder, String name, String what, boolean failOnUnknown) {
        FieldSpec.Builder field = FieldSpec.builder(ParameterizedTypeName.get(PAYLOAD_DECODER, type), name,
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
        String unknown = failOnUnknown ? "A property the type does not declare is an error"
                : "Properties the type does not declare are ignored";
        if (decoder != null) {
            return field.addJavadoc("Decodes $L with code generated for $T; built once per container.\n$L.\n",
                            what, type, unknown)
                    .initializer("$T.of($T.class, $T.$L)", JSON_PAYLOAD_READER, type, decoder.decoder(),
                            failOnUnknown ? "INSTANCE" : "TOLERANT")
                    .build();
        }
        return field.addJavadoc("Decodes $L with Jackson databind (no generated decoder for $T); built once per "
                        + "container.\n$L.\n", what, type, unknown)
                .initializer("$T.$L($T.class)", PAYLOAD_READER, failOnUnknown ? "of" : "ignoringUnknownProperties",
                        type)
                .build();
    }
}
