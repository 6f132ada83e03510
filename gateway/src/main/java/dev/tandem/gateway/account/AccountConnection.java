package dev.tandem.gateway.account;

import dev.tandem.gateway.paging.Connections;
import dev.tandem.gateway.paging.Page;
import dev.tandem.gateway.paging.PageInfo;
import java.util.List;

/** A page of accounts, Relay style. */
public record AccountConnection(List<AccountEdge> edges, PageInfo pageInfo) {

    public record AccountEdge(String cursor, Account node) {}

    static AccountConnection of(Page<Account> page) {
        return new AccountConnection(Connections.edges(page, AccountEdge::new), PageInfo.of(page));
    }
}
