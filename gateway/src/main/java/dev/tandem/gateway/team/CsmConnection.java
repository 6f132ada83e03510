package dev.tandem.gateway.team;

import dev.tandem.gateway.paging.Connections;
import dev.tandem.gateway.paging.Page;
import dev.tandem.gateway.paging.PageInfo;
import java.util.List;

/** A page of the team directory, Relay style. */
public record CsmConnection(List<CsmEdge> edges, PageInfo pageInfo) {

    public record CsmEdge(String cursor, Csm node) {}

    static CsmConnection of(Page<Csm> page) {
        return new CsmConnection(Connections.edges(page, CsmEdge::new), PageInfo.of(page));
    }
}
