package dev.tandem.cta.delivery.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cta.account.domain.AccountFacts;
import dev.tandem.cta.account.repository.AccountFactsReader;
import dev.tandem.cta.delivery.config.DeliveryConfig;
import dev.tandem.cta.delivery.domain.Delivery;
import dev.tandem.cta.delivery.repository.DeliveryRepository;
import dev.tandem.cta.message.domain.MessageTemplate;
import dev.tandem.cta.message.domain.TemplateRenderer;
import dev.tandem.cta.message.repository.MessageTemplateRepository;
import dev.tandem.cta.rule.domain.Action;
import dev.tandem.cta.rule.domain.Rule;
import dev.tandem.cta.rule.domain.TriggerContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Queues what a rule sends out, in the transaction of the firing: the worker delivers it after commit. The dedup key
 * of rule, account, trigger and action keeps a redelivered or repeated trigger from queueing a second copy.
 */
@ApplicationScoped
public class DeliveryQueue {

    private static final Logger LOG = Logger.getLogger(DeliveryQueue.class);

    private final DeliveryRepository deliveries;
    private final MessageTemplateRepository templates;
    private final AccountFactsReader accounts;
    private final DeliveryConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    public DeliveryQueue(
            DeliveryRepository deliveries,
            MessageTemplateRepository templates,
            AccountFactsReader accounts,
            DeliveryConfig config,
            ObjectMapper json,
            Clock clock) {
        this.deliveries = deliveries;
        this.templates = templates;
        this.accounts = accounts;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    public Uni<Boolean> message(
            Rule rule, int actionIndex, Action action, AccountFacts account, TriggerContext trigger) {
        return templates.findById(action.templateId()).chain(template -> {
            if (template == null) {
                LOG.warnf("Rule %s names template %s, which is gone; no message sent", rule.id(), action.templateId());
                return Uni.createFrom().item(false);
            }
            return accounts.user(trigger.userId()).chain(user -> {
                Map<String, String> values = placeholders(account, user, trigger);
                Delivery delivery = delivery(Delivery.Kind.MESSAGE, rule, actionIndex, account, trigger);
                delivery.templateId = template.id;
                delivery.channel = template.channel;
                delivery.url = action.url() != null
                        ? action.url()
                        : config.messageUrl().orElse("");
                if (delivery.url.isEmpty()) {
                    delivery.status = Delivery.Status.FAILED;
                    delivery.lastError =
                            "no messaging endpoint: set tandem.cta.delivery.message-url or the action's url";
                }
                delivery.payload = messagePayload(delivery, template, values);
                return deliveries.enqueue(delivery);
            });
        });
    }

    public Uni<Boolean> webhook(
            Rule rule, int actionIndex, Action action, AccountFacts account, TriggerContext trigger) {
        Delivery delivery = delivery(Delivery.Kind.WEBHOOK, rule, actionIndex, account, trigger);
        delivery.channel = "webhook";
        delivery.url = action.url();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("deliveryId", delivery.id);
        payload.put("ruleId", rule.id());
        payload.put("ruleName", rule.name());
        payload.put("trigger", rule.definition().trigger().kind());
        payload.put("summary", trigger.summary());
        payload.put("accountId", account.accountId());
        payload.put("accountName", account.name());
        payload.put("userId", trigger.userId());
        payload.put("occurredAt", trigger.at());
        delivery.payload = write(payload);
        return deliveries.enqueue(delivery);
    }

    private Delivery delivery(
            Delivery.Kind kind, Rule rule, int actionIndex, AccountFacts account, TriggerContext trigger) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.kind = kind;
        delivery.dedupKey = rule.id() + ":" + account.accountId() + ":" + trigger.key() + ":" + actionIndex;
        delivery.accountId = account.accountId();
        delivery.userId = trigger.userId();
        delivery.ruleId = rule.id();
        delivery.status = Delivery.Status.PENDING;
        delivery.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return delivery;
    }

    private static Map<String, String> placeholders(
            AccountFacts account, Map<String, String> user, TriggerContext trigger) {
        Map<String, String> values = new HashMap<>(user);
        put(values, "account.name", account.name());
        put(values, "account.plan", account.plan());
        put(values, "account.stage", account.stage());
        put(values, "account.touchModel", account.touchModel());
        put(values, "account.renewalDate", account.renewalDate());
        put(values, "score", account.score());
        put(values, "band", account.band());
        put(values, "trigger", trigger.summary());
        return values;
    }

    private static void put(Map<String, String> values, String key, Object value) {
        if (value != null) {
            values.put(key, value.toString());
        }
    }

    private String messagePayload(Delivery delivery, MessageTemplate template, Map<String, String> values) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("deliveryId", delivery.id);
        payload.put("channel", template.channel);
        payload.put("templateId", template.id);
        payload.put("ruleId", delivery.ruleId);
        payload.put("accountId", delivery.accountId);
        payload.put("userId", delivery.userId);
        payload.put("to", values.get("user.email"));
        payload.put("subject", TemplateRenderer.render(template.subject, values));
        payload.put("body", TemplateRenderer.render(template.body, values));
        return write(payload);
    }

    private String write(Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A delivery payload cannot be written as JSON", e);
        }
    }
}
