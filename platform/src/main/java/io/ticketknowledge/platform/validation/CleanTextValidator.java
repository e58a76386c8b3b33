package io.ticketknowledge.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CleanText}; null is left to {@code @NotNull}. */
public class CleanTextValidator implements ConstraintValidator<CleanText, CharSequence> {

  private boolean multiline;

  @Override
  public void initialize(CleanText annotation) {
    multiline = annotation.multiline();
  }

  @Override
  public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
    return text == null || text.codePoints().allMatch(this::allowed);
  }

  private boolean allowed(int c) {
    if (c == '\n' || c == '\r' || c == '\t') {
      return multiline;
    }
    int type = Character.getType(c);
    // Cc: C0/C1 controls; Cf: format characters such as bidi overrides (U+202E), but ZWJ stays
    // allowed because emoji sequences need it
    return type != Character.CONTROL
        && (type != Character.FORMAT || c == 0x200D)
        && type != Character.SURROGATE
        && type != Character.UNASSIGNED;
  }
}
