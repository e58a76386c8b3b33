package io.ticketknowledge.platform.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CleanTextValidatorTest {

  private static boolean valid(String text, boolean multiline) {
    CleanTextValidator validator = new CleanTextValidator();
    validator.initialize(
        new CleanText() {
          @Override
          public boolean multiline() {
            return multiline;
          }

          @Override
          public String message() {
            return "";
          }

          @Override
          public Class<?>[] groups() {
            return new Class<?>[0];
          }

          @SuppressWarnings("unchecked")
          @Override
          public Class<? extends jakarta.validation.Payload>[] payload() {
            return new Class[0];
          }

          @Override
          public Class<? extends java.lang.annotation.Annotation> annotationType() {
            return CleanText.class;
          }
        });
    return validator.isValid(text, null);
  }

  @Test
  void ordinaryTextInAnyScriptPasses() {
    assertTrue(valid("印表機無法連線 — VPN ＶＰＮ Ünïcödé 👩‍💻", false));
    assertTrue(valid(null, false));
  }

  @Test
  void controlAndFormatCharactersAreRefused() {
    assertFalse(valid("a\u0000b", true), "NUL");
    assertFalse(valid("a\u001b[31mred", true), "escape sequence");
    assertFalse(valid("invoice\u202Efdp.exe", false), "right-to-left override");
    assertFalse(valid("a\u0085b", true), "C1 control");
  }

  @Test
  void lineBreaksOnlyWhereMultilineTextIsAllowed() {
    assertTrue(valid("line 1\r\nline 2\tend", true));
    assertFalse(valid("subject\nwith break", false));
    assertFalse(valid("tab\there", false));
  }
}
