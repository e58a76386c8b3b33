package io.ticketknowledge.platform.blobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContentTypeDetectorTest {

  private static final ContentTypeDetector DETECTOR = new ContentTypeDetector();

  private static String detect(byte[] bytes, String declared, String name) {
    byte[] prefix = Arrays.copyOf(bytes, Math.min(bytes.length, DETECTOR.prefixLength()));
    return DETECTOR.detect(prefix, UploadHints.of(declared, name));
  }

  @Test
  void commonTypesAreKnownByTheirBytes() {
    assertEquals("image/png", detect(Samples.png(), null, null));
    assertEquals("image/jpeg", detect(Samples.jpeg(), null, null));
    assertEquals("image/gif", detect(Samples.gif(), null, null));
    assertEquals("image/webp", detect(Samples.webp(), null, null));
    assertEquals("application/pdf", detect(Samples.pdf(), null, null));
    assertEquals("application/zip", detect(Samples.zip("a.txt"), null, null));
    assertEquals(
        "text/plain", detect(Samples.text("Printer on 3F is jammed.\n印表機卡紙。\n"), null, null));
  }

  @Test
  void whatTheClientDeclaresDoesNotCount() {
    assertEquals("text/plain", detect(Samples.text("just text\n"), "image/png", "photo.png"));
    assertEquals("image/png", detect(Samples.png(), "application/pdf", "report.pdf"));
    assertEquals("text/html", detect(Samples.html(), "image/png", "cat.png"));
  }

  @Test
  void aNameOnlyNarrowsTheDetectedKind() {
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        detect(Samples.docx(), "application/octet-stream", "Report Q3.docx"));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        detect(Samples.docx(), null, "C:\\Users\\amy\\budget.xlsx"));
    assertEquals("application/java-archive", detect(Samples.zip("a.class"), null, "tool.jar"));
    assertEquals("application/zip", detect(Samples.zip("a.txt"), null, "notes.txt"));
    // a container without its name stays generic (and is not on the default allow-list)
    assertEquals("application/x-tika-ooxml", detect(Samples.docx(), null, null));
    // text is text, whatever the name
    assertEquals(
        "text/plain", detect(Samples.text("<p>hi</p> is not a tag here\n"), null, "x.html"));
    assertEquals("text/plain", detect(Samples.text("plain\n"), null, "x.svg"));
    // unknown bytes do not become what the name says
    assertEquals("application/octet-stream", detect(Samples.filler(3000), null, "x.png"));
  }

  @Test
  void executablesAndActiveContentAreNamedForWhatTheyAre() {
    String elf = detect(Samples.elf(), "image/png", "cat.png");
    String exe = detect(Samples.windowsExecutable(), "application/pdf", "invoice.pdf");
    assertTrue(elf.startsWith("application/x-") && elf.contains("executable"), elf);
    assertTrue(exe.startsWith("application/x-"), exe);
    assertEquals("image/svg+xml", detect(Samples.svg(), "image/png", "logo.png"));
  }

  @Test
  void textMustBeUtf8() {
    byte[] latin1 = "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("application/octet-stream", detect(latin1, "text/plain", "menu.txt"));
  }

  @Test
  void aCharacterCutAtTheEndOfThePrefixIsStillText() {
    // fill the prefix with 3-byte characters so that one is cut at its end
    StringBuilder chinese = new StringBuilder();
    while (chinese.length() * 3 < DETECTOR.prefixLength() + 10) {
      chinese.append("知識庫");
    }
    byte[] bytes = Samples.text(chinese.toString());
    assertTrue(DETECTOR.prefixLength() % 3 != 0, "the test needs a cut character");
    assertEquals("text/plain", detect(bytes, null, null));
  }
}
