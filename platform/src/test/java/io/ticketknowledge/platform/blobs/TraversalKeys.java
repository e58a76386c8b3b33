package io.ticketknowledge.platform.blobs;

import java.util.Arrays;
import java.util.List;

/** Keys a client might try instead of a generated one. */
final class TraversalKeys {

  static final String UUID = "0f8fad5b-d9cb-469f-a165-70867728950e";

  static final List<String> ALL =
      Arrays.asList(
          null,
          "",
          "../../etc/passwd",
          "/etc/passwd",
          "2025/03/09/../../../etc/passwd",
          "2025/03/09/" + UUID + "/../" + UUID,
          "2025/03/09/./" + UUID,
          "2025/03/09//" + UUID,
          "/2025/03/09/" + UUID,
          "2025\\03\\09\\" + UUID,
          "2025/03/09/" + UUID + ".type",
          "2025/03/09/" + UUID + "\n",
          "2025/03/09/" + UUID.toUpperCase(java.util.Locale.ROOT),
          "2025/03/09/%2e%2e%2f" + UUID,
          ".incoming/" + UUID,
          UUID);

  private TraversalKeys() {}
}
