package dev.tandem.gateway.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** Which accounts a scorecard judges: each list empty for any; an account must match every list that is not. */
@Description("Which accounts a scorecard judges; an empty or missing list admits any value")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScorecardCriteria(List<String> stages, List<String> touchModels, List<String> plans) {}
