package dev.tandem.account.rest;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An id from the vendor's own systems (CRM, billing, product database): 1-128 letters, digits or {@code ._:@-}, so it
 * can stand in a URL path unescaped.
 */
@Pattern(regexp = "[A-Za-z0-9._:@-]{1,128}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExternalId {

    @OverridesAttribute(constraint = Pattern.class, name = "message")
    String message() default "must be 1-128 letters, digits or ._:@-";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
