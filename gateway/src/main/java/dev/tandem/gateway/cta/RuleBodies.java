package dev.tandem.gateway.cta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.gateway.cta.RuleInput.ActionInput;
import dev.tandem.gateway.cta.RuleInput.TriggerInput;
import dev.tandem.gateway.error.InvalidInput;
import dev.tandem.gateway.json.JsonDocuments;
import dev.tandem.gateway.json.OneOf;
import io.smallrye.mutiny.Uni;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Between the typed rule of the schema and cta-service's REST shape, in which a trigger and an action are a kind with
 * the parameters that kind reads, flat, and a signal filter's properties are a JSON object rather than a list.
 */
final class RuleBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RuleBodies() {}

    /**
     * The REST body of {@code rule}, or of {@code document} (the whole rule as JSON, kept for one release); exactly one
     * of them, else a VALIDATION failure, as for a one-of field set wrong.
     */
    static Uni<JsonNode> toRest(RuleInput rule, JsonObject document) {
        Map<String, Object> given = OneOf.variants();
        given.put("rule", rule);
        given.put("document", document);
        try {
            return OneOf.chosen("rule", given).equals("rule")
                    ? Uni.createFrom().item(body(rule))
                    : JsonDocuments.toRest(document);
        } catch (InvalidInput refused) {
            return Uni.createFrom().failure(refused);
        }
    }

    private static JsonNode body(RuleInput rule) throws InvalidInput {
        if (rule == null) {
            throw new InvalidInput("rule: is required");
        }
        ObjectNode body = (ObjectNode) JsonDocuments.tree(rule);
        body.set("trigger", trigger(rule.trigger()));
        ArrayNode actions = body.putArray("actions");
        List<ActionInput> inputs = rule.actions() == null ? List.of() : rule.actions();
        for (int i = 0; i < inputs.size(); i++) {
            actions.add(action("actions[" + i + "]", inputs.get(i)));
        }
        return body;
    }

    private static ObjectNode trigger(TriggerInput trigger) throws InvalidInput {
        if (trigger == null) {
            throw new InvalidInput("trigger: is required");
        }
        Map<String, Object> variants = OneOf.variants();
        variants.put("bandEntered", trigger.bandEntered());
        variants.put("scoreDropped", trigger.scoreDropped());
        variants.put("seatsNearlyUsed", trigger.seatsNearlyUsed());
        variants.put("activeUsersDropped", trigger.activeUsersDropped());
        variants.put("renewalApproaching", trigger.renewalApproaching());
        variants.put("onboardingOverdue", trigger.onboardingOverdue());
        variants.put("onboardingFailed", trigger.onboardingFailed());
        variants.put("onboardingExtended", trigger.onboardingExtended());
        variants.put("onboardingSucceeded", trigger.onboardingSucceeded());
        variants.put("pqlCrossed", trigger.pqlCrossed());
        variants.put("signalMatched", trigger.signalMatched());
        variants.put("stageEntered", trigger.stageEntered());
        variants.put("segmentEntered", trigger.segmentEntered());
        variants.put("objectiveAtRisk", trigger.objectiveAtRisk());
        variants.put("noDecisionMakerContact", trigger.noDecisionMakerContact());
        String chosen = OneOf.chosen("trigger", variants);
        ObjectNode rest = NODES.objectNode().put("kind", kindName(chosen));
        Object parameters = variants.get(chosen);
        if (chosen.equals("signalMatched")) {
            rest.set("signal", withPropertiesAsObject(JsonDocuments.tree(parameters)));
        } else if (!(parameters instanceof Boolean)) {
            rest.setAll((ObjectNode) JsonDocuments.tree(parameters));
        }
        return rest;
    }

    private static ObjectNode action(String field, ActionInput action) throws InvalidInput {
        if (action == null) {
            throw new InvalidInput(field + ": must not be null");
        }
        Map<String, Object> variants = OneOf.variants();
        variants.put("createCta", action.createCta());
        variants.put("sendMessage", action.sendMessage());
        variants.put("callWebhook", action.callWebhook());
        variants.put("sendSurvey", action.sendSurvey());
        String chosen = OneOf.chosen(field, variants);
        ObjectNode rest = NODES.objectNode().put("kind", kindName(chosen));
        rest.setAll((ObjectNode) JsonDocuments.tree(variants.get(chosen)));
        return rest;
    }

    /** {@code scoreDropped} → {@code SCORE_DROPPED}, {@code createCta} → {@code CREATE_CTA}. */
    static String kindName(String variant) {
        return variant.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** A REST rule with its signal filter's properties as a list of key and value, as the schema has them. */
    static JsonNode withPropertiesAsList(JsonNode rule) {
        JsonNode properties = rule.at("/trigger/signal/properties");
        if (!properties.isObject()) {
            return rule;
        }
        ObjectNode copy = rule.deepCopy();
        ArrayNode list = NODES.arrayNode();
        properties
                .properties()
                .forEach(property -> list.add(
                        NODES.objectNode().put("key", property.getKey()).set("value", property.getValue())));
        ((ObjectNode) copy.at("/trigger/signal")).set("properties", list);
        return copy;
    }

    private static JsonNode withPropertiesAsObject(JsonNode signal) {
        JsonNode properties = signal.path("properties");
        if (!properties.isArray()) {
            return signal;
        }
        ObjectNode object = NODES.objectNode();
        properties.forEach(property -> object.set(property.path("key").asText(), property.path("value")));
        ((ObjectNode) signal).set("properties", object);
        return signal;
    }
}
