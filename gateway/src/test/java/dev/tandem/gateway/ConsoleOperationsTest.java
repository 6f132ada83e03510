package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ParseAndValidate;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console (a dependency, served at /console/) speaks the committed schema: every operation its scripts send is
 * valid against {@code schema.graphql}, and none reads a field kept for one release (described "Deprecated") or sends
 * a whole JSON document where a typed input exists. A console that would break on the next release fails here, not in
 * a browser.
 */
class ConsoleOperationsTest {

    // const NAME = `…`; the console composes operations from such parts with ${NAME}.
    private static final Pattern TEMPLATE = Pattern.compile("(?s)const (\\w+) = `(.*?)`;");
    private static final Pattern PART = Pattern.compile("\\$\\{(\\w+)}");
    private static final List<String> SCALARS = List.of("BigDecimal", "BigInteger", "Date", "DateTime", "JSON", "UUID");

    private static GraphQLSchema schema;
    private static Map<String, String> operations;

    @BeforeAll
    static void read() throws Exception {
        TypeDefinitionRegistry types = new SchemaParser().parse(Files.readString(Path.of("schema.graphql")));
        SCALARS.forEach(name -> types.add(
                ScalarTypeDefinition.newScalarTypeDefinition().name(name).build()));
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
        operations = consoleOperations();
    }

    @Test
    void theConsoleSendsOperations() {
        assertThat(operations.keySet())
                .contains("views/admin.js QUERY", "views/admin/scorecards.js REPLACE", "views/retention.js QUERY");
    }

    @Test
    void everyOperationOfTheConsoleIsValidAgainstTheCommittedSchema() {
        Map<String, List<String>> invalid = new LinkedHashMap<>();
        operations.forEach((name, text) -> {
            List<String> errors = ParseAndValidate.validate(schema, Parser.parse(text)).stream()
                    .map(error -> error.getDescription())
                    .toList();
            if (!errors.isEmpty()) {
                invalid.put(name, errors);
            }
        });
        assertThat(invalid).isEmpty();
    }

    @Test
    void noOperationReadsADeprecatedFieldOrSendsAWholeJsonDocument() {
        List<String> used = new ArrayList<>();
        operations.forEach((name, text) -> {
            for (OperationDefinition operation : Parser.parse(text).getDefinitionsOfType(OperationDefinition.class)) {
                GraphQLObjectType root = switch (operation.getOperation()) {
                    case QUERY -> schema.getQueryType();
                    case MUTATION -> schema.getMutationType();
                    case SUBSCRIPTION -> schema.getSubscriptionType();
                };
                walk(name, root, operation.getSelectionSet(), used);
            }
        });
        assertThat(used).isEmpty();
    }

    /** Notes each field of the selection (and below) that is deprecated, JSON, or given a JSON argument. */
    private static void walk(String operation, GraphQLType parent, SelectionSet selections, List<String> used) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof InlineFragment fragment) {
                GraphQLType type = fragment.getTypeCondition() == null
                        ? parent
                        : schema.getType(fragment.getTypeCondition().getName());
                walk(operation, type, fragment.getSelectionSet(), used);
            } else if (selection instanceof Field field && parent instanceof GraphQLFieldsContainer container) {
                GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
                if (definition == null) {
                    continue; // __typename: the schema's own
                }
                String where = operation + ": " + field.getName();
                String description = definition.getDescription();
                if (description != null && description.startsWith("Deprecated")) {
                    used.add(where + " is deprecated");
                }
                if (isJson(definition.getType())) {
                    used.add(where + " is JSON");
                }
                for (Argument argument : field.getArguments()) {
                    GraphQLArgument given = definition.getArgument(argument.getName());
                    if (given != null && isJson(given.getType())) {
                        used.add(where + "(" + argument.getName() + ") is JSON");
                    }
                }
                walk(operation, GraphQLTypeUtil.unwrapAll(definition.getType()), field.getSelectionSet(), used);
            }
        }
    }

    private static boolean isJson(GraphQLType type) {
        return GraphQLTypeUtil.simplePrint(GraphQLTypeUtil.unwrapAll(type)).equals("JSON");
    }

    /** Each operation (query, mutation, subscription) of the console's scripts, by file and constant, parts put in. */
    private static Map<String, String> consoleOperations() throws IOException, URISyntaxException {
        var root = ConsoleOperationsTest.class.getClassLoader().getResource("META-INF/resources/console/js/main.js");
        assertThat(root).as("the console on the class path").isNotNull();
        Map<String, String> parts = new LinkedHashMap<>();
        Map<String, String> templates = new LinkedHashMap<>();
        try (FileSystem jar =
                root.getProtocol().equals("jar") ? FileSystems.newFileSystem(root.toURI(), Map.of()) : null) {
            Path scripts = (jar == null ? Path.of(root.toURI()) : jar.getPath("META-INF/resources/console/js/main.js"))
                    .getParent();
            try (Stream<Path> files = Files.walk(scripts)) {
                for (Path file :
                        files.filter(path -> path.toString().endsWith(".js")).toList()) {
                    Matcher template = TEMPLATE.matcher(Files.readString(file));
                    while (template.find()) {
                        parts.put(template.group(1), template.group(2));
                        templates.put(scripts.relativize(file) + " " + template.group(1), template.group(2));
                    }
                }
            }
        }
        Map<String, String> found = new LinkedHashMap<>();
        templates.forEach((name, text) -> {
            if (text.strip().matches("(?s)^(query|mutation|subscription)\\b.*")) {
                found.put(name, withParts(text, parts));
            }
        });
        return found;
    }

    private static String withParts(String text, Map<String, String> parts) {
        Matcher part = PART.matcher(text);
        StringBuilder whole = new StringBuilder();
        while (part.find()) {
            String named = parts.get(part.group(1));
            assertThat(named).as("the part ${%s}", part.group(1)).isNotNull();
            part.appendReplacement(whole, Matcher.quoteReplacement(withParts(named, parts)));
        }
        part.appendTail(whole);
        return whole.toString();
    }
}
