package io.ticketknowledge.platform.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text bound for a log: e-mail addresses, Taiwanese phone numbers (mobile
 * {@code 0912-345-678}, {@code +886 912 345 678}, landlines {@code 02-2345-6789}, {@code (04)
 * 2234-5678}, {@code +886-2-2345-6789}) and Taiwanese national ID / resident certificate numbers
 * ({@code A123456789}, masked only when the check digit is right, so other ten-character codes stay
 * readable). Pure and thread-safe.
 */
public final class PiiRedactor {

  public static final String EMAIL_MASK = "[email]";
  public static final String PHONE_MASK = "[phone]";
  public static final String NATIONAL_ID_MASK = "[national-id]";

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  /** Mobile numbers: 09xx-xxx-xxx in any grouping, or +886 / 886 then 9xx-xxx-xxx. */
  private static final Pattern MOBILE =
      Pattern.compile(
          "(?<![\\w+])(?:(?:\\+|00)?886[- .]?|0)9\\d{2}[- .]?\\d{3}[- .]?\\d{3}(?![\\w])");

  /**
   * Landlines: an area code 02–08 (with or without parentheses, or +886 and the code without its
   * 0), then 6–8 digits, in groups.
   */
  private static final Pattern LANDLINE =
      Pattern.compile(
          "(?<![\\w+])(?:(?:\\+|00)886[- .]?\\(?[2-8]\\d{0,2}\\)?|\\(0[2-8]\\d{0,2}\\)|0[2-8]\\d{0,2})"
              + "[- .]?\\d{3,4}[- .]?\\d{3,4}(?![\\w])");

  private static final Pattern NATIONAL_ID =
      Pattern.compile("(?<![A-Za-z0-9])([A-Z])([1289]\\d{8})(?![A-Za-z0-9])");

  /** The two-digit codes of the first letter (A = 10 … with I, O, W, X, Y, Z out of order). */
  private static final int[] LETTER_CODES = {
    10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30,
    31, 33
  };

  private PiiRedactor() {}

  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String redacted = EMAIL.matcher(text).replaceAll(EMAIL_MASK);
    redacted = nationalIds(redacted);
    redacted = MOBILE.matcher(redacted).replaceAll(PHONE_MASK);
    return LANDLINE.matcher(redacted).replaceAll(PHONE_MASK);
  }

  private static String nationalIds(String text) {
    Matcher matcher = NATIONAL_ID.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      String replacement =
          isNationalId(matcher.group(1).charAt(0), matcher.group(2))
              ? NATIONAL_ID_MASK
              : matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * The checksum of a national ID: letter code digits weighted 1, 9, then 8…1, 1; sum % 10 == 0.
   */
  static boolean isNationalId(char letter, String digits) {
    int code = LETTER_CODES[letter - 'A'];
    int sum = code / 10 + (code % 10) * 9;
    for (int i = 0; i < 8; i++) {
      sum += (digits.charAt(i) - '0') * (8 - i);
    }
    sum += digits.charAt(8) - '0';
    return sum % 10 == 0;
  }
}
