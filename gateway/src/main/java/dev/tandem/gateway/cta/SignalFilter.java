package dev.tandem.gateway.cta;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** Which signals a SIGNAL_MATCHED rule reacts to; a part left out matches anything. */
@Description("Which signals a SIGNAL_MATCHED rule reacts to; a part left out matches anything")
public record SignalFilter(
        @Description("A signal type's wire name, e.g. nps_response")
        String type,

        String name,
        Double minValue,
        Double maxValue,

        @Description("Properties the signal must carry, each with this value")
        List<SignalProperty> properties) {}
