package weka.imbalance.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Writes a benchmark's report into its page without touching the rest: the text between
 * {@code <!-- name:start -->} and {@code <!-- name:end -->} is replaced; a page without these
 * markers gets the block appended, a missing page is created with it.
 */
public final class MarkdownBlock {

  private MarkdownBlock() {
  }

  /**
   * @param page the Markdown page
   * @param name the block's name
   * @param text the new content of the block
   */
  public static void write(File page, String name, String text) throws IOException {
    String start = "<!-- " + name + ":start -->";
    String end = "<!-- " + name + ":end -->";
    String block = start + "\n" + text + (text.endsWith("\n") ? "" : "\n") + end;
    String old = page.isFile() ? new String(Files.readAllBytes(page.toPath()), StandardCharsets.UTF_8) : "";
    int a = old.indexOf(start);
    int b = old.indexOf(end);
    String page2;
    if (a >= 0 && b > a) {
      page2 = old.substring(0, a) + block + old.substring(b + end.length());
    } else {
      page2 = old + (old.isEmpty() || old.endsWith("\n\n") ? "" : old.endsWith("\n") ? "\n" : "\n\n") + block + "\n";
    }
    if (page.getParentFile() != null) {
      page.getParentFile().mkdirs();
    }
    Files.write(page.toPath(), page2.getBytes(StandardCharsets.UTF_8));
    System.err.println("written: block " + name + " of " + page);
  }
}
