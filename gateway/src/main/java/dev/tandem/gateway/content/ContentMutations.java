package dev.tandem.gateway.content;

import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.json.JsonDocuments;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class ContentMutations {

    private final ContentClient content;

    public ContentMutations(ContentClient content) {
        this.content = content;
    }

    @Mutation("enrollAccount")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Description("Enroll an account (Tandem's id) in a premium program; other programs enroll by themselves.")
    public Uni<Enrollment> enrollAccount(@NonNull UUID accountId, @NonNull UUID programId) {
        return content.enroll(accountId, programId);
    }

    @Mutation("createProgram")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description(
            "A new onboarding program, given as program (or, deprecated and kept for one release, as the whole JSON"
                    + " document); content-service checks it.")
    public Uni<Program> createProgram(ProgramInput program, JsonObject document) {
        return JsonDocuments.typedOrDocument("program", program, document)
                .chain(content::createProgram)
                .map(Program::of);
    }

    @Mutation("replaceProgram")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("Replace a program whole, given as program (or, deprecated and kept for one release, as the whole JSON"
            + " document), naming the version the edit started from; milestone conditions stay fixed once accounts"
            + " are enrolled.")
    public Uni<Program> replaceProgram(@NonNull UUID id, ProgramInput program, JsonObject document) {
        return JsonDocuments.typedOrDocument("program", program, document)
                .chain(body -> content.replaceProgram(id, body))
                .map(Program::of);
    }

    @Mutation("createContent")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("A new content item, given as content (or, deprecated and kept for one release, as the whole JSON"
            + " document); content-service checks it.")
    public Uni<ContentItem> createContent(ContentInput content, JsonObject document) {
        return JsonDocuments.typedOrDocument("content", content, document).chain(this.content::createContent);
    }

    @Mutation("replaceContent")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("Replace a content item, given as content (or, deprecated and kept for one release, as the whole JSON"
            + " document); send its version to refuse a stale write.")
    public Uni<ContentItem> replaceContent(@NonNull UUID id, ContentInput content, JsonObject document) {
        return JsonDocuments.typedOrDocument("content", content, document)
                .chain(body -> this.content.replaceContent(id, body));
    }

    @Mutation("deleteContent")
    @RolesAllowed(Roles.CS_ADMIN)
    @Description("Delete a content item; true once it is gone.")
    public Uni<Boolean> deleteContent(@NonNull UUID id) {
        return content.deleteContent(id).replaceWith(true);
    }
}
