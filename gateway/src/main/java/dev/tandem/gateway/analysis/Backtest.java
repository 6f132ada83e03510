package dev.tandem.gateway.analysis;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description("How well a scorecard's scores told churned from retained on outcomes it was not fitted on, with counts")
public record Backtest(
        int outcomes,
        int scored,
        int churned,
        Double auc,
        List<BandChurn> bands,
        int red,
        int redChurned,
        @Description("How much of Red churned") Double redPrecision,
        @Description("How much of the churn was Red") Double redRecall,
        int lowestDecile,
        int lowestDecileChurned,

        @Description("Churn in the lowest-scored tenth against churn overall")
        Double lowestDecileLift) {

    @Description("The outcomes scored in one band and how many churned")
    public record BandChurn(String band, int outcomes, int churned, Double churnRate) {}
}
