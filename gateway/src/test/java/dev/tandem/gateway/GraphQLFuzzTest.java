package dev.tandem.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every query and mutation of the schema, read by introspection, each argument in turn given hostile values as a
 * variable (control characters, texts far beyond any field, numbers at and beyond their bounds, the wrong JSON shape),
 * by a caller holding every role: no answer is a 5xx, and every error carries a code.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class GraphQLFuzzTest {

    private static final List<Object> HOSTILE = List.of(
            "a\u0000b",
            "bell \u0007",
            "x".repeat(5_000),
            "../../etc/passwd",
            "+5874898-01-01",
            "\uD83D\uDE00",
            -1,
            0,
            Integer.MAX_VALUE,
            Long.MAX_VALUE,
            1e308,
            true,
            List.of(),
            Map.of("x", "a\u0000b"),
            nested(40));

    private final String token = TestTokens.forUser("fuzz", TestTokens.ROLES.toArray(String[]::new));
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> findings = new ArrayList<>();

    @Test
    void hostileArgumentsGetNoServerErrorAndEveryErrorHasACode() throws Exception {
        TypeDefinitionRegistry schema = new SchemaParser().parse(Files.readString(Path.of("schema.graphql")));
        int requests = 0;
        for (String root : List.of("query", "mutation")) {
            String typeName = root.equals("query") ? "Query" : "Mutation";
            ObjectTypeDefinition type =
                    schema.getType(typeName, ObjectTypeDefinition.class).orElseThrow();
            for (FieldDefinition field : type.getFieldDefinitions()) {
                requests += fuzz(schema, root, field);
            }
        }

        System.out.printf(
                "GraphQLFuzz: %d requests, answered %s, %d findings%n%s%n",
                requests, statuses, findings.size(), String.join("\n", findings));
        assertThat(requests).isGreaterThan(100);
        assertThat(findings).isEmpty();
    }

    private int fuzz(TypeDefinitionRegistry schema, String root, FieldDefinition field) {
        String selection = isLeaf(schema, field.getType()) ? "" : " { __typename }";
        int sent = 0;
        for (InputValueDefinition arg : field.getInputValueDefinitions()) {
            String document = root + "($v: " + AstPrinter.printAst(arg.getType()) + ") { " + field.getName() + "("
                    + arg.getName() + ": $v)" + selection + " }";
            for (Object hostile : HOSTILE) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("v", hostile);
                check(field.getName() + "(" + arg.getName() + ")", post(document, variables));
                sent++;
            }
        }
        return sent;
    }

    private static boolean isLeaf(TypeDefinitionRegistry schema, Type<?> type) {
        String name = TypeUtil.unwrapAll(type).getName();
        return ScalarInfo.isGraphqlSpecifiedScalar(name)
                || schema.getType(name, ScalarTypeDefinition.class).isPresent()
                || schema.getType(name, EnumTypeDefinition.class).isPresent()
                || schema.scalars().containsKey(name);
    }

    private void check(String what, Response answer) {
        int status = answer.statusCode();
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            findings.add(what + ": answered " + status);
        } else if (status >= 400 && !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
            findings.add(what + ": answered " + status + " without problem+json");
        } else if (status == 200) {
            List<Map<String, Object>> errors = answer.path("errors");
            for (Map<String, Object> error : errors == null ? List.<Map<String, Object>>of() : errors) {
                Object extensions = error.get("extensions");
                if (!(extensions instanceof Map<?, ?> map) || map.get("code") == null) {
                    findings.add(what + ": an error without a code: " + error.get("message"));
                }
            }
        }
    }

    private Response post(String document, Map<String, Object> variables) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables))
                .post("/graphql");
    }

    private static Object nested(int depth) {
        Object value = "deep";
        for (int i = 0; i < depth; i++) {
            value = List.of(value);
        }
        return value;
    }
}
