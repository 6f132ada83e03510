package dev.tandem.content.item.domain;

import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Whom an item is for: the use cases it covers, and the roles, plans and touch models it targets. An empty target list
 * means no restriction: an item for no role in particular is for every role.
 */
public record ContentTargets(List<UUID> useCases, Set<UserRole> roles, Set<String> plans, Set<TouchModel> touchModels) {

    public ContentTargets {
        useCases = List.copyOf(new LinkedHashSet<>(useCases));
        roles = Set.copyOf(roles);
        plans = Set.copyOf(plans);
        touchModels = Set.copyOf(touchModels);
    }

    /** Reads the comma-separated columns of {@code item}. */
    public static ContentTargets of(ContentItem item) {
        return new ContentTargets(
                split(item.useCaseIds).stream().map(UUID::fromString).toList(),
                split(item.targetRoles).stream().map(UserRole::valueOf).collect(Collectors.toSet()),
                Set.copyOf(split(item.plans)),
                split(item.touchModels).stream().map(TouchModel::valueOf).collect(Collectors.toSet()));
    }

    /** Writes these targets into the comma-separated columns of {@code item}. */
    public void applyTo(ContentItem item) {
        item.useCaseIds = join(useCases);
        item.targetRoles = join(roles.stream().sorted().toList());
        item.plans = join(plans.stream().sorted().toList());
        item.touchModels = join(touchModels.stream().sorted().toList());
    }

    /** Whether the item suits a reader in {@code role} at an account on {@code plan} with {@code touchModel}. */
    public boolean suits(UserRole role, String plan, TouchModel touchModel) {
        return (roles.isEmpty() || role == null || roles.contains(role))
                && (plans.isEmpty() || plan == null || plans.contains(plan))
                && (touchModels.isEmpty() || touchModel == null || touchModels.contains(touchModel));
    }

    /** Whether the item names {@code role} explicitly, rather than being for everyone. */
    public boolean speaksTo(UserRole role) {
        return role != null && roles.contains(role);
    }

    public static List<String> split(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }

    public static String join(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
