package io.ticketknowledge.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person typed: no control characters (NUL, escape sequences, bidi overrides are among
 * them), and line breaks and tabs only where {@link #multiline()} allows them. PostgreSQL refuses
 * NUL outright, and the others only serve to spoof what readers see.
 */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CleanText {

  /** Whether line breaks and tabs are allowed (descriptions), or not (subjects, names). */
  boolean multiline() default false;

  String message() default "{io.ticketknowledge.platform.validation.CleanText.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
