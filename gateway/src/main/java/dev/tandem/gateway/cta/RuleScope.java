package dev.tandem.gateway.cta;

import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** Which accounts a rule judges: each list empty for any. */
@Description("Which accounts a rule judges; an empty or missing list admits any value")
public record RuleScope(List<TouchModel> touchModels, List<LifecycleStage> stages, List<String> plans) {}
