package io.ticketknowledge.ticket.attachments.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.blobs.BlobContent;
import io.ticketknowledge.platform.blobs.BlobPolicy;
import io.ticketknowledge.platform.blobs.ContentTypeDetector;
import io.ticketknowledge.platform.blobs.FilesystemBlobStore;
import io.ticketknowledge.platform.blobs.StoredBlob;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.scan.ClamAvSettings;
import io.ticketknowledge.platform.scan.MalwareFoundException;
import io.ticketknowledge.platform.scan.ScanAdapters;
import io.ticketknowledge.platform.scan.ScanOutcome;
import io.ticketknowledge.platform.scan.ScanSettings;
import io.ticketknowledge.platform.scan.UploadScreening;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.attachments.entity.TicketAttachment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole upload path of {@link TicketAttachments} on the filesystem adapter of the blob port
 * (the S3 one is exercised by TicketAttachmentsIT): multipart body in, type from the bytes, the
 * module's allow-list and size limit, SHA-256 and bytes out; nothing stored when refused.
 */
class UploadPipelineTest {

  static final byte[] PNG =
      HexFormat.of()
          .parseHex(
              "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                  + "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

  @TempDir Path root;
  @TempDir Path spool;

  private TicketAttachments attachments;

  /** The rows without a database: the target is any ticket, the row is what would be stored. */
  static final class NoRows extends AttachmentRecords {
    @Override
    public AttachmentTarget target(long ticketId, Long commentId, CurrentUser user) {
      return new AttachmentTarget(ticketId, commentId, false);
    }

    @Override
    public TicketAttachment add(
        AttachmentTarget target,
        StoredBlob blob,
        String fileName,
        ScanOutcome scanOutcome,
        CurrentUser user) {
      return new TicketAttachment(
              target.ticketId(),
              target.commentId(),
              false,
              blob.key(),
              fileName,
              blob.contentType(),
              blob.size(),
              blob.sha256(),
              "requester1",
              "王小明")
          .scanned(scanOutcome);
    }
  }

  static final class Requester extends CurrentUser {
    @Override
    public String id() {
      return "requester1";
    }
  }

  @BeforeEach
  void setUp() {
    attachments = new TicketAttachments();
    attachments.blobs =
        new FilesystemBlobStore(
            root,
            BlobPolicy.of(
                List.of("image/png", "text/plain", "application/pdf", "application/x-msdownload"),
                1_000_000),
            new ContentTypeDetector(),
            Clock.systemUTC());
    attachments.records = new NoRows();
    attachments.screening =
        new UploadScreening(
            new ScanAdapters(
                    new ScanSettings(
                        ScanSettings.EICAR_TEST,
                        1_000_000,
                        ScanSettings.WhenUnavailable.REJECT,
                        new ClamAvSettings(
                            "127.0.0.1", 3310, Duration.ofSeconds(1), Duration.ofSeconds(1))))
                .scanner(),
            ScanSettings.WhenUnavailable.REJECT,
            spool);
    attachments.maxBytes = 100_000;
    attachments.allowedTypes = List.of("image/png", " Text/Plain ", "application/pdf");
  }

  static byte[] body(String boundary, String fileName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  TicketAttachment upload(String fileName, byte[] content) {
    return attachments.upload(
        7,
        null,
        "multipart/form-data; boundary=xyz",
        new ByteArrayInputStream(body("xyz", fileName, content)),
        new Requester());
  }

  @Test
  void aFileIsStoredWithItsTypeSizeAndSha256() throws Exception {
    TicketAttachment stored = upload("../印表機 畫面.png", PNG);
    assertEquals("印表機 畫面.png", stored.fileName());
    assertEquals("image/png", stored.contentType());
    assertEquals(PNG.length, stored.size());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG)),
        stored.sha256());
    try (BlobContent content = attachments.content(stored, java.util.Optional.empty())) {
      assertArrayEquals(PNG, content.stream().readAllBytes());
    }
  }

  @Test
  void aFileOverTheModulesLimitIsA413AndNothingStays() throws IOException {
    byte[] large = new byte[100_001];
    java.util.Arrays.fill(large, (byte) 'x');
    ApiException e = assertThrows(ApiException.class, () -> upload("big.txt", large));
    assertEquals(ProblemKind.BODY_TOO_LARGE, e.kind());
    assertEquals(List.of(), storedFiles());
    // the limit itself passes
    assertEquals(100_000, upload("ok.txt", java.util.Arrays.copyOf(large, 100_000)).size());
  }

  @Test
  void typesOffTheModulesListAreA415WhateverTheirName() throws IOException {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    ApiException e = assertThrows(ApiException.class, () -> upload("photo.png", exe));
    assertEquals(ProblemKind.UNSUPPORTED_MEDIA_TYPE, e.kind());
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        ProblemKind.UNSUPPORTED_MEDIA_TYPE,
        assertThrows(ApiException.class, () -> upload("a.txt", html)).kind());
    assertEquals(List.of(), storedFiles());
  }

  @Test
  void anInfectedFileIsRefusedBeforeAnythingIsStored() throws IOException {
    byte[] eicar =
        ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-" + "ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);
    MalwareFoundException e =
        assertThrows(MalwareFoundException.class, () -> upload("eicar.txt", eicar));
    assertEquals("Eicar-Test-Signature", e.signature());
    assertEquals(List.of(), storedFiles());
    assertEquals(0, Files.list(spool).count(), "no temporary copy left");
    // what the embedded adapter cannot judge is stored, marked not scanned (never "clean")
    assertEquals(ScanOutcome.NOT_SCANNED, upload("ok.txt", "hello".getBytes()).scanOutcome());
  }

  @Test
  void aBodyWithoutAFilePartIsA400() {
    byte[] body =
        "--xyz\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--xyz--\r\n"
            .getBytes(StandardCharsets.UTF_8);
    ApiException e =
        assertThrows(
            ApiException.class,
            () ->
                attachments.upload(
                    7,
                    null,
                    "multipart/form-data; boundary=xyz",
                    new ByteArrayInputStream(body),
                    new Requester()));
    assertEquals(ProblemKind.BAD_REQUEST, e.kind());
    assertTrue(e.detailKey().startsWith("attachment."));
  }

  private List<Path> storedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.toString().contains(".incoming"))
          .toList();
    }
  }
}
