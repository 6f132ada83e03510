package dev.tandem.gateway.team;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A person of the team directory: someone with the csm or cs-admin role, who can own accounts and CTAs.")
public record Csm(
        @Id @NonNull @Description("Their Keycloak subject id: what an account's csmId and a CTA's ownerId hold")
        String id,

        @NonNull @Description("The name they sign in with") String username,
        @NonNull String name,
        @Description("Null when the directory has none") String email,
        @NonNull @Description("csm, cs-admin or both") List<@NonNull String> roles) {}
