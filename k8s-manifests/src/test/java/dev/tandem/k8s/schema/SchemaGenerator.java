package dev.tandem.k8s.schema;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives a strict JSON Schema (draft 2020-12) from Jackson-mapped model classes, the way the operators derive their
 * CRDs from the same classes: every property Jackson would read becomes a typed property, anything else is rejected
 * ({@code additionalProperties: false}). Polymorphic types ({@code @JsonTypeInfo} with {@code @JsonSubTypes}) become a
 * {@code type} discriminator with one branch per subtype.
 *
 * <p>Used for the Kubernetes kinds (fabric8's model of the Kubernetes API), Strimzi's custom resources (Strimzi's own
 * {@code api} module, from which Strimzi generates its CRDs) and Keycloak's realm representation (what a
 * KeycloakRealmImport embeds). Descriptions are left out to keep the vendored files small.
 */
public final class SchemaGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Model types whose JSON form is not their bean form. */
    private static final Map<String, String[]> SCALARS = Map.of(
            "io.fabric8.kubernetes.api.model.IntOrString", new String[] {"integer", "string"},
            "io.fabric8.kubernetes.api.model.Quantity", new String[] {"string", "number"},
            "io.fabric8.kubernetes.api.model.Duration", new String[] {"string"},
            "io.fabric8.kubernetes.api.model.MicroTime", new String[] {"string"});

    private static final List<String> FREE_FORM = List.of(
            "java.lang.Object",
            "io.fabric8.kubernetes.api.model.AnyType",
            "io.fabric8.kubernetes.api.model.KubernetesResource",
            "com.fasterxml.jackson.databind.JsonNode");

    private final ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    /** Adds {@code type} and everything it reaches; returns the definition's name. */
    public String add(Class<?> type) {
        return definitionName(mapper.constructType(type));
    }

    /** The schema document: every added type and what it reaches under {@code $defs}, sorted by name. */
    public ObjectNode document(String comment) {
        ObjectNode document = JSON.objectNode();
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        document.put("$comment", comment);
        ObjectNode defs = document.putObject("$defs");
        definitions.forEach(defs::set);
        return document;
    }

    private JsonNode schema(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (SCALARS.containsKey(raw.getName())) {
            return types(SCALARS.get(raw.getName()));
        }
        if (FREE_FORM.contains(raw.getName()) || raw.isInterface() && !type.isContainerType()) {
            return JSON.objectNode();
        }
        if (raw == String.class || raw == Character.class || raw == char.class || raw == byte[].class) {
            return types("string");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return types("boolean");
        }
        if (raw == Integer.class
                || raw == int.class
                || raw == Long.class
                || raw == long.class
                || raw == Short.class
                || raw == short.class) {
            return types("integer");
        }
        if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            return types("number");
        }
        if (Temporal.class.isAssignableFrom(raw) || Date.class.isAssignableFrom(raw)) {
            return types("string");
        }
        if (raw.isEnum()) {
            ObjectNode schema = JSON.objectNode();
            ArrayNode values = schema.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(mapper.valueToTree(constant));
            }
            return schema;
        }
        if (type.isMapLikeType()) {
            ObjectNode schema = types("object");
            schema.set("additionalProperties", schema(type.getContentType()));
            return schema;
        }
        if (type.isCollectionLikeType() || type.isArrayType() || Collection.class.isAssignableFrom(raw)) {
            ObjectNode schema = types("array");
            JavaType content = type.getContentType();
            schema.set("items", content == null ? JSON.objectNode() : schema(content));
            return schema;
        }
        return JSON.objectNode().put("$ref", "#/$defs/" + definitionName(type));
    }

    private String definitionName(JavaType type) {
        String name = type.getRawClass().getName();
        if (!definitions.containsKey(name)) {
            definitions.put(name, JSON.objectNode()); // placeholder: the type may reach itself
            definitions.put(name, define(type));
        }
        return name;
    }

    private ObjectNode define(JavaType type) {
        Class<?> raw = type.getRawClass();
        JsonTypeInfo typeInfo = raw.getAnnotation(JsonTypeInfo.class);
        JsonSubTypes subTypes = raw.getAnnotation(JsonSubTypes.class);
        if (typeInfo != null && subTypes != null && subTypes.value().length > 0) {
            return polymorphic(typeInfo.property(), subTypes);
        }
        return bean(type, null, null);
    }

    private ObjectNode bean(JavaType type, String discriminator, String discriminatorValue) {
        ObjectNode schema = types("object");
        ObjectNode properties = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        var description = mapper.getDeserializationConfig().introspect(type);
        for (BeanPropertyDefinition property : description.findProperties()) {
            // additionalProperties is where fabric8 and Strimzi models keep unknown fields: not a field itself.
            if (!property.couldDeserialize() && !property.couldSerialize()
                    || property.getName().equals("additionalProperties")) {
                continue;
            }
            properties.set(property.getName(), schema(property.getPrimaryType()));
            if (property.isRequired()) {
                required.add(property.getName());
            }
        }
        if (discriminator != null) {
            properties.set(discriminator, JSON.objectNode().put("const", discriminatorValue));
            required.add(discriminator);
        }
        if (!required.isEmpty()) {
            ArrayNode list = schema.putArray("required");
            required.stream().distinct().sorted().forEach(list::add);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private ObjectNode polymorphic(String discriminator, JsonSubTypes subTypes) {
        ObjectNode schema = types("object");
        schema.putArray("required").add(discriminator);
        ArrayNode names =
                schema.putObject("properties").putObject(discriminator).putArray("enum");
        ArrayNode branches = schema.putArray("allOf");
        for (JsonSubTypes.Type subType : subTypes.value()) {
            String name = subType.name();
            names.add(name);
            String branchName = subType.value().getName();
            if (!definitions.containsKey(branchName)) {
                definitions.put(branchName, JSON.objectNode());
                definitions.put(branchName, bean(mapper.constructType(subType.value()), discriminator, name));
            }
            ObjectNode branch = branches.addObject();
            branch.putObject("if")
                    .putObject("properties")
                    .putObject(discriminator)
                    .put("const", name);
            branch.putObject("then").put("$ref", "#/$defs/" + branchName);
        }
        return schema;
    }

    private static ObjectNode types(String... names) {
        ObjectNode schema = JSON.objectNode();
        if (names.length == 1) {
            schema.put("type", names[0]);
        } else {
            ArrayNode list = schema.putArray("type");
            for (String name : names) {
                list.add(name);
            }
        }
        return schema;
    }
}
