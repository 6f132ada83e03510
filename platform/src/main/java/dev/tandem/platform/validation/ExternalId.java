package dev.tandem.platform.validation;

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
@Pattern(regexp = ExternalId.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExternalId {

    /** The accepted ids, for code that checks them outside bean validation. */
    String PATTERN = "[A-Za-z0-9._:@-]{1,128}";

    @OverridesAttribute(constraint = Pattern.class, name = "message")
    String message() default "must be 1-128 letters, digits or ._:@-";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
