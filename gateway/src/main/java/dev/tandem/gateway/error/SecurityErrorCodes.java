package dev.tandem.gateway.error;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.execution.error.ErrorInfoMap;
import io.smallrye.graphql.schema.model.ErrorInfo;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Gives the exceptions that {@code @RolesAllowed} throws the code FORBIDDEN. SmallRye GraphQL takes codes from
 * {@code @ErrorCode} on the exception class, which Quarkus' own security exceptions cannot carry; without this they
 * would show as {@code forbidden} and {@code unauthorized}, unlike every other code of the API.
 */
@Singleton
class SecurityErrorCodes {

    void register(@Observes StartupEvent started) {
        ErrorInfoMap.register(Map.of(
                ForbiddenException.class.getName(),
                new ErrorInfo(ForbiddenException.class.getName(), "FORBIDDEN"),
                UnauthorizedException.class.getName(),
                new ErrorInfo(UnauthorizedException.class.getName(), "FORBIDDEN")));
    }
}
