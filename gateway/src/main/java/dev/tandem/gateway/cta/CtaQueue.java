package dev.tandem.gateway.cta;

import org.eclipse.microprofile.graphql.Description;

@Description("A queue where open CTAs without an owner wait (a segment's, such as Digital CS, or the default one).")
public record CtaQueue(
        String name, @Description("Open CTAs waiting in it") int open) {}
