package io.ticketknowledge.operations.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services of {@code docker-compose config} output, each as its block of lines. That output is
 * docker-compose's own canonical YAML (two-space indentation, sorted keys): a service's block is
 * every line between its two-space-indented name under "services:" and the next name.
 */
record ComposeConfig(Map<String, String> services) {

  static ComposeConfig parse(String output) {
    Map<String, String> services = new LinkedHashMap<>();
    boolean inServices = false;
    String current = null;
    StringBuilder block = new StringBuilder();
    for (String line : output.split("\n")) {
      if (!line.startsWith(" ")) {
        inServices = line.equals("services:");
        continue;
      }
      if (!inServices) {
        continue;
      }
      if (line.startsWith("  ") && !line.startsWith("   ")) {
        if (current != null) {
          services.put(current, block.toString());
        }
        current = line.trim().replace(":", "");
        block = new StringBuilder();
      } else {
        block.append(line).append('\n');
      }
    }
    if (current != null) {
      services.put(current, block.toString());
    }
    return new ComposeConfig(services);
  }

  String service(String name) {
    String block = services.get(name);
    if (block == null) {
      throw new AssertionError("no service " + name + " in " + services.keySet());
    }
    return block;
  }

  /** The "- host:port..." lines of a service's ports list. */
  List<String> ports(String name) {
    return section(service(name), "ports");
  }

  static List<String> section(String block, String key) {
    List<String> items = new java.util.ArrayList<>();
    boolean in = false;
    for (String line : block.split("\n")) {
      if (line.equals("    " + key + ":")) {
        in = true;
      } else if (in && line.startsWith("    - ")) {
        items.add(line.substring(6).trim());
      } else if (in && !line.startsWith("      ")) {
        in = false;
      }
    }
    return items;
  }
}
