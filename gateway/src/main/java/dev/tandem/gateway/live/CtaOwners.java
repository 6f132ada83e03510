package dev.tandem.gateway.live;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who owns each CTA this replica has seen, for the snooze and close events written before cta-service named the owner
 * in them (see {@code LiveEvents#ownerOf}): a fallback for the upgrade, not the source of truth. Bounded: the oldest
 * entries go first, so such an event of a CTA untouched since long ago may still go unseen by its owner's
 * subscription. Plain Java; callers synchronise.
 */
final class CtaOwners {

    private final Map<UUID, String> owners;

    CtaOwners(int capacity) {
        this.owners = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, String> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void remember(UUID ctaId, String ownerId) {
        if (ownerId != null) {
            owners.put(ctaId, ownerId);
        }
    }

    synchronized String ownerOf(UUID ctaId) {
        return owners.get(ctaId);
    }
}
