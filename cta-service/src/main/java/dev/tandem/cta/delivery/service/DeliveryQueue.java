package dev.tandem.cta.delivery.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cta.account.domain.AccountFacts;
import dev.tandem.cta.account.repository.AccountFactsReader;
import dev.tandem.cta.delivery.config.DeliveryConfig;
import dev.tandem.cta.delivery.domain.ChatMessage;
import dev.tandem.cta.delivery.domain.Delivery;
import dev.tandem.cta.delivery.domain.FiredAction;
import dev.tandem.cta.delivery.domain.WebhookFormat;
import dev.tandem.cta.delivery.repository.DeliveryRepository;
import dev.tandem.cta.message.domain.MessageTemplate;
import dev.tandem.cta.message.domain.TemplateRenderer;
import dev.tandem.cta.message.repository.MessageTemplateRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * @param url where to send it; null for the configured messaging endpoint
     * @return false when nothing was queued: the template is gone, or the same message is queued already
     */
    public Uni<Boolean> message(FiredAction fired, UUID templateId, String url, AccountFacts account) {
        return templates.findById(templateId).chain(template -> {
            if (template == null) {
                LOG.warnf("Rule %s names template %s, which is gone; no message sent", fired.ruleId(), templateId);
                return Uni.createFrom().item(false);
            }
            return accounts.user(fired.userId()).chain(user -> {
                Map<String, String> values = placeholders(account, user, fired);
                Delivery delivery = delivery(Delivery.Kind.MESSAGE, fired, account);
                delivery.templateId = template.id;
                delivery.channel = template.channel;
                delivery.url = url != null ? url : config.messageUrl().orElse("");
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

    /**
     * @param format the body the receiver reads: Tandem's own JSON, or a chat message for Slack or Teams
     * @return false when the same webhook is queued already
     */
    public Uni<Boolean> webhook(FiredAction fired, String url, WebhookFormat format, AccountFacts account) {
        Delivery delivery = delivery(Delivery.Kind.WEBHOOK, fired, account);
        delivery.channel = format.channel();
        delivery.url = url;
        if (format != WebhookFormat.TANDEM) {
            ChatMessage chat = new ChatMessage(
                    fired.ruleName() + ": " + account.name(),
                    List.of(fired.summary(), "Account " + account.name() + " (" + account.accountId() + ")"));
            delivery.payload = write(format == WebhookFormat.SLACK ? chat.slack() : chat.teams());
            return deliveries.enqueue(delivery);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("deliveryId", delivery.id);
        payload.put("ruleId", fired.ruleId());
        payload.put("ruleName", fired.ruleName());
        payload.put("trigger", fired.triggerKind());
        payload.put("summary", fired.summary());
        payload.put("accountId", account.accountId());
        payload.put("accountName", account.name());
        payload.put("userId", fired.userId());
        payload.put("occurredAt", fired.at());
        delivery.payload = write(payload);
        return deliveries.enqueue(delivery);
    }

    /**
     * Queues one channel's copy of a notification to a person of the CS team.
     *
     * @param url the webhook URL, or {@code mailto:} and the address for e-mail
     * @return false when this channel's copy is queued already
     */
    public Uni<Boolean> notification(UUID notificationId, String channel, String url, String payload, UUID accountId) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.kind = Delivery.Kind.NOTIFICATION;
        delivery.dedupKey = "notification:" + notificationId + ":" + channel;
        delivery.accountId = accountId;
        delivery.channel = channel;
        delivery.url = url;
        delivery.payload = payload;
        delivery.status = Delivery.Status.PENDING;
        delivery.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return deliveries.enqueue(delivery);
    }

    /**
     * Queues an in-app survey invitation, signed and retried as webhooks are, in the caller's transaction.
     *
     * @param key the invitation's own key: handing it over twice queues one delivery
     * @return false when it is queued already
     */
    public Uni<Boolean> surveyInvitation(String key, UUID accountId, UUID userId, String url, String payload) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.kind = Delivery.Kind.SURVEY_INVITATION;
        delivery.dedupKey = key;
        delivery.accountId = accountId;
        delivery.userId = userId;
        delivery.channel = "survey";
        delivery.url = url;
        delivery.payload = payload;
        delivery.status = Delivery.Status.PENDING;
        delivery.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return deliveries.enqueue(delivery);
    }

    private Delivery delivery(Delivery.Kind kind, FiredAction fired, AccountFacts account) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.kind = kind;
        delivery.dedupKey =
                fired.ruleId() + ":" + account.accountId() + ":" + fired.triggerKey() + ":" + fired.actionIndex();
        delivery.accountId = account.accountId();
        delivery.userId = fired.userId();
        delivery.ruleId = fired.ruleId();
        delivery.status = Delivery.Status.PENDING;
        delivery.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return delivery;
    }

    private static Map<String, String> placeholders(AccountFacts account, Map<String, String> user, FiredAction fired) {
        Map<String, String> values = new HashMap<>(user);
        put(values, "account.name", account.name());
        put(values, "account.plan", account.plan());
        put(values, "account.stage", account.stage());
        put(values, "account.touchModel", account.touchModel());
        put(values, "account.renewalDate", account.renewalDate());
        put(values, "score", account.score());
        put(values, "band", account.band());
        put(values, "trigger", fired.summary());
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

    private String write(Map<String, ?> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A delivery payload cannot be written as JSON", e);
        }
    }
}
