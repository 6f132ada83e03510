package dev.tandem.gateway.account;

import dev.tandem.gateway.paging.Connections;
import dev.tandem.gateway.paging.Page;
import dev.tandem.gateway.paging.PageInfo;
import java.util.List;

/** A page of an account's end users, Relay style. */
public record UserConnection(List<UserEdge> edges, PageInfo pageInfo) {

    public record UserEdge(String cursor, EndUser node) {}

    static UserConnection of(String accountExternalId, Page<EndUser> page) {
        return new UserConnection(
                Connections.edges(page, (cursor, user) -> new UserEdge(cursor, user.ofAccount(accountExternalId))),
                PageInfo.of(page));
    }
}
