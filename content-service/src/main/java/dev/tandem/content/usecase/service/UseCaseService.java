package dev.tandem.content.usecase.service;

import dev.tandem.content.usecase.domain.ContentPriority;
import dev.tandem.content.usecase.domain.UseCase;
import dev.tandem.content.usecase.repository.UseCaseRepository;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.problem.ConflictException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Use cases, ranked by the CS time that content for them would save. */
@ApplicationScoped
public class UseCaseService {

    private final UseCaseRepository useCases;
    private final Clock clock;

    public UseCaseService(UseCaseRepository useCases, Clock clock) {
        this.useCases = useCases;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<UseCase> create(NewUseCase request) {
        return useCases.nameTaken(request.name()).chain(taken -> {
            if (taken) {
                return Uni.createFrom()
                        .failure(new ConflictException("A use case named '" + request.name() + "' exists"));
            }
            UseCase useCase = new UseCase();
            useCase.id = UUID.randomUUID();
            useCase.name = request.name();
            useCase.questionsPerMonth = request.questionsPerMonth();
            useCase.minutesPerCustomer = request.minutesPerCustomer();
            useCase.priority = ContentPriority.of(request.questionsPerMonth(), request.minutesPerCustomer());
            useCase.createdAt = clock.instant();
            return useCases.persist(useCase);
        });
    }

    public Uni<Page<UseCase>> byPriority(int first, String after) {
        Uni<List<UseCase>> fetched;
        if (after == null) {
            fetched = useCases.byPriority(first + 1);
        } else {
            List<String> position = Cursor.decode(after, 2);
            fetched = useCases.byPriorityAfter(
                    Cursor.longPart(position.get(0)), Cursor.uuidPart(position.get(1)), first + 1);
        }
        return fetched.map(list -> Page.of(
                list,
                first,
                useCase -> Cursor.encode(List.of(String.valueOf(useCase.priority), useCase.id.toString()))));
    }
}
