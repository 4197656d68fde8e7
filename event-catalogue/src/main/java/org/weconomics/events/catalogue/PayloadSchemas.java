package org.weconomics.events.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import java.lang.reflect.RecordComponent;

/**
 * JSON Schemas (draft 07, the AsyncAPI schema format's base) of the payload records, with one definition per record
 * under {@code #/components/schemas}, so that records shared by several messages and nested records are written once.
 */
final class PayloadSchemas {

    static final String DEFINITIONS = "components/schemas";

    private final SchemaBuilder builder;

    PayloadSchemas(ObjectMapper json) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        json, SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.DEFINITION_FOR_MAIN_SCHEMA)
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forTypesInGeneral()
                .withDescriptionResolver(scope -> isPayloadRecord(
                                scope.getType().getErasedType())
                        ? JavadocText.of(scope.getType().getErasedType()).orElse(null)
                        : null);
        config.forFields().withDescriptionResolver(PayloadSchemas::describeComponent);
        config.forTypesInGeneral().withPropertySorter(PayloadSchemas::inDeclarationOrder);
        this.builder = new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();
    }

    /** A reference to the schema of a payload record; its definition is in {@link #definitions()}. */
    ObjectNode referenceTo(Class<?> payloadType) {
        return builder.createSchemaReference(payloadType);
    }

    /** The definitions of every record referred to so far, to be placed at {@link #DEFINITIONS}. */
    ObjectNode definitions() {
        return builder.collectDefinitions(DEFINITIONS);
    }

    private static String describeComponent(FieldScope field) {
        Class<?> declaring = field.getDeclaringType().getErasedType();
        if (!declaring.isRecord() || field.isFakeContainerItemScope()) {
            return null;
        }
        return JavadocText.ofComponent(declaring, field.getDeclaredName()).orElse(null);
    }

    /** A record's fields in the order of its components, as its Javadoc and its examples list them. */
    private static int inDeclarationOrder(MemberScope<?, ?> first, MemberScope<?, ?> second) {
        return Integer.compare(componentIndex(first), componentIndex(second));
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        if (components == null) {
            return Integer.MAX_VALUE;
        }
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(member.getDeclaredName())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean isPayloadRecord(Class<?> type) {
        return type.isRecord() && type.getPackageName().startsWith("org.weconomics.events");
    }
}
