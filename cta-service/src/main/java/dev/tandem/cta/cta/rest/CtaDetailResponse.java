package dev.tandem.cta.cta.rest;

import dev.tandem.cta.cta.domain.CtaComment;
import dev.tandem.cta.cta.domain.LinkedSignal;
import dev.tandem.cta.cta.service.CtaService.CtaDetail;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A CTA with its comments, the signals that led to it and its tasks. */
public record CtaDetailResponse(
        CtaResponse cta, List<CommentResponse> comments, List<LinkedSignal> signals, List<TaskResponse> tasks) {

    public record CommentResponse(UUID id, String authorId, String body, Instant createdAt) {

        public static CommentResponse of(CtaComment comment) {
            return new CommentResponse(comment.id, comment.authorId, comment.body, comment.createdAt);
        }
    }

    static CtaDetailResponse of(CtaDetail detail) {
        return new CtaDetailResponse(
                CtaResponse.of(detail.cta()),
                detail.comments().stream().map(CommentResponse::of).toList(),
                detail.signals(),
                detail.tasks().stream().map(TaskResponse::of).toList());
    }
}
