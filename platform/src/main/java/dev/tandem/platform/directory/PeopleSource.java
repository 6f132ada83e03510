package dev.tandem.platform.directory;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Where the directory reads its people from: the port between the cache policy ({@link DirectoryCache}) and the
 * identity provider ({@link KeycloakPeopleSource}), so that the policy is tested without one.
 */
public interface PeopleSource {

    /** Everyone holding a directory role, read afresh; fails when the identity provider cannot be read. */
    CompletionStage<List<Person>> fetch();
}
