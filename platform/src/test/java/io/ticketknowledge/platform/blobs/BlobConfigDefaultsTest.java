package io.ticketknowledge.platform.blobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;

/** The shipped defaults of the tk.blobs keys make a working store (a typo would refuse uploads). */
class BlobConfigDefaultsTest {

  @Test
  void everyAllowedTypeIsOneTheDetectorCanReport() throws IOException {
    List<String> allowed =
        Arrays.stream(defaults().getProperty("tk.blobs.allowed-types").split(","))
            .map(String::strip)
            .toList();
    assertTrue(
        allowed.contains("image/png") && allowed.contains("application/pdf"), allowed.toString());
    var registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
    for (String type : allowed) {
      MediaType parsed = MediaType.parse(type);
      assertNotNull(parsed, type);
      assertEquals(type, registry.normalize(parsed).toString(), "not a canonical type: " + type);
      assertTrue(registry.getTypes().contains(parsed), "unknown type: " + type);
    }
    // nothing that runs in a browser or on a desktop
    for (String active :
        List.of(
            "text/html", "image/svg+xml", "application/x-msdownload", "application/x-executable")) {
      assertFalse(allowed.contains(active), active);
    }
  }

  @Test
  void limitsAreUsable() throws IOException {
    Properties defaults = defaults();
    assertTrue(Long.parseLong(defaults.getProperty("tk.blobs.max-bytes")) > 0);
    assertTrue(
        Long.parseLong(defaults.getProperty("tk.blobs.s3.part-size-bytes"))
            >= S3Settings.MIN_PART_SIZE);
    assertEquals("filesystem", defaults.getProperty("tk.blobs.adapter"));
    assertEquals("s3", defaults.getProperty("%production.tk.blobs.adapter"));
  }

  private static Properties defaults() throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        BlobConfigDefaultsTest.class.getResourceAsStream(
            "/META-INF/microprofile-config.properties")) {
      properties.load(in);
    }
    return properties;
  }
}
