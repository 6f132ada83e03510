package dev.tandem.account.account.domain;

import java.util.Optional;

/**
 * What a cs-admin changes on an account that integrators do not own: the CSM and the community flag. A field left
 * out of the patch stays as it is.
 *
 * @param csmId empty when not to be changed; present with null to unassign the CSM
 * @param community null when not to be changed
 */
public record AccountPatch(Optional<Optional<String>> csmId, Boolean community) {}
