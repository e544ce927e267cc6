/*
 *   This program is free software: you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation, either version 3 of the License, or
 *   (at your option) any later version.
 *
 *   This program is distributed in the hope that it will be useful,
 *   but WITHOUT ANY WARRANTY; without even the implied warranty of
 *   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 *   GNU General Public License for more details.
 *
 *   You should have received a copy of the GNU General Public License
 *   along with this program.  If not, see <http://www.gnu.org/licenses/>.
 */
package weka.imbalance.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The block "samplers-speed" of SamplerBenchmark's page as runs and rows, so that a run of a few
 * samplers or sizes ({@code --merge}) replaces only its own rows: every row of the two tables ends
 * with the date of the run that measured it, and the block's head lists each run whose rows are
 * still shown (its date, command, machine and load). A block written before the run column existed
 * is read as one run (its "- Command:", "- Date:" and "- Machine load" lines).
 */
final class SamplerPage {

  static final String BLOCK = "samplers-speed";
  static final String STEP = "### The resampling step alone";
  static final String CLI = "### The whole process from the command line";

  /** One run: its date (the rows' tag) and its description lines. */
  static final class Run {
    final String date;
    final String text;

    Run(String date, String text) {
      this.date = date;
      this.text = text;
    }
  }

  final List<Run> m_Runs = new ArrayList<>();
  final Map<String, String> m_Step = new LinkedHashMap<>();
  final Map<String, String> m_Cli = new LinkedHashMap<>();
  String m_StepHeader = "", m_CliHeader = "", m_Data = "";

  /** @return a row's key: its sampler and its instances */
  static String key(String row) {
    String[] c = row.split("\\|");
    return c[1].trim() + "|" + c[2].trim().replace(",", "");
  }

  /** @return the run tag of a row (its last cell) */
  static String tag(String row) {
    String[] c = row.split("\\|");
    return c[c.length - 1].trim();
  }

  /**
   * Reads the block of a page (empty when the page or the block is absent).
   *
   * @param page the page
   * @return its runs and rows
   * @throws IOException if the page cannot be read
   */
  static SamplerPage read(File page) throws IOException {
    SamplerPage p = new SamplerPage();
    if (!page.isFile()) {
      return p;
    }
    String all = new String(Files.readAllBytes(page.toPath()), StandardCharsets.UTF_8);
    int a = all.indexOf("<!-- " + BLOCK + ":start -->");
    int b = all.indexOf("<!-- " + BLOCK + ":end -->");
    if (a < 0 || b < a) {
      return p;
    }
    String[] lines = all.substring(a, b).split("\n");
    String command = null, date = null, load = "";
    Map<String, String> table = null;
    boolean tagged = false;
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i];
      if (l.startsWith("  - run ")) {
        int colon = l.indexOf(": ");
        p.m_Runs.add(new Run(l.substring("  - run ".length(), colon), l.substring(colon + 2)));
      } else if (l.startsWith("- Command: ")) {
        command = l.substring("- Command: ".length());
      } else if (l.startsWith("- Date: ")) {
        date = l.substring("- Date: ".length());
      } else if (l.startsWith("- Machine load") || l.startsWith("- **No speed verdict")) {
        load += " " + l.substring(2);
      } else if (l.startsWith("- Data: ")) {
        p.m_Data = l;
      } else if (l.startsWith(STEP) || l.startsWith(CLI)) {
        table = l.startsWith(STEP) ? p.m_Step : p.m_Cli;
      } else if (table != null && l.startsWith("| sampler")) {
        tagged = l.trim().endsWith("| run |");
        String header = tagged ? l : l + " run |";
        if (table == p.m_Step) {
          p.m_StepHeader = header;
        } else {
          p.m_CliHeader = header;
        }
      } else if (table != null && l.startsWith("| ")) {
        table.put(key(l), tagged ? l : l + " " + shortDate(date) + " |");
      }
    }
    if (p.m_Runs.isEmpty() && date != null) {
      p.m_Runs.add(new Run(shortDate(date), "`" + command.replace("`", "") + "`; " + date.substring(date.indexOf(';')
        + 2) + load));
    }
    return p;
  }

  /** @return "2026-11-30 21:01:48Z" from "2026-11-30T21:01:48Z[Etc/UTC]; ..." */
  static String shortDate(String date) {
    if (date == null) {
      return "?";
    }
    int end = 0;
    while (end < date.length() && "Z[;+".indexOf(date.charAt(end)) < 0) {
      end++;
    }
    return date.substring(0, end).replace('T', ' ') + "Z";
  }

  /**
   * Adds a run: its rows replace those of the same sampler and size; runs left without rows are
   * dropped.
   *
   * @param run the run
   * @param step its rows of the step table
   * @param cli its rows of the command-line table
   * @param order the samplers' keys in table order
   */
  void add(Run run, List<String> step, List<String> cli, List<String> order) {
    add(Collections.singletonList(run), step, cli, order);
  }

  private void add(List<Run> runs, Collection<String> step, Collection<String> cli, List<String> order) {
    m_Runs.addAll(runs);
    for (String r : step) {
      m_Step.put(key(r), r);
    }
    for (String r : cli) {
      m_Cli.put(key(r), r);
    }
    sort(m_Step, order, false);
    sort(m_Cli, order, true);
    m_Runs.removeIf(r -> m_Step.values().stream().noneMatch(row -> tag(row).equals(r.date))
      && m_Cli.values().stream().noneMatch(row -> tag(row).equals(r.date)));
  }

  /**
   * Merges the blocks of pages written by separate runs (e.g. {@code --out} to a scratch page) into a
   * page: {@code bench/run SamplerPage <page> <other page>...}; the other pages' rows replace the
   * page's rows of the same sampler and size, each keeping its run's date.
   *
   * @param args the page, then the pages to merge into it, in order
   * @throws IOException if a page cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    File out = new File(args[0]);
    SamplerPage page = read(out);
    List<String> order = new ArrayList<>();
    for (String[] s : SamplerBenchmark.SAMPLERS) {
      order.add(s[0]);
    }
    for (int i = 1; i < args.length; i++) {
      SamplerPage other = read(new File(args[i]));
      page.add(other.m_Runs, other.m_Step.values(), other.m_Cli.values(), order);
    }
    MarkdownBlock.write(out, BLOCK, page.text());
  }

  private static void sort(Map<String, String> rows, List<String> order, boolean sizeFirst) {
    Comparator<String> bySampler = Comparator.comparingInt(k -> {
      int i = order.indexOf(k.substring(0, k.indexOf('|')));
      return i < 0 ? Integer.MAX_VALUE : i;
    });
    Comparator<String> bySize = Comparator.comparingLong(k -> Long.parseLong(k.substring(k.indexOf('|') + 1)));
    List<String> keys = new ArrayList<>(rows.keySet());
    keys.sort(sizeFirst ? bySize.thenComparing(bySampler) : bySampler.thenComparing(bySize));
    Map<String, String> sorted = new LinkedHashMap<>();
    for (String k : keys) {
      sorted.put(k, rows.get(k));
    }
    rows.clear();
    rows.putAll(sorted);
  }

  /** @return the block's text */
  String text() {
    StringBuilder b = new StringBuilder("- Runs (each row's last column names the run that measured it):\n");
    for (Run r : m_Runs) {
      b.append("  - run ").append(r.date).append(": ").append(r.text).append('\n');
    }
    b.append(m_Data).append('\n');
    table(b, STEP + " (one thread each; seconds)", m_StepHeader, "|---|---:|---:|---:|---:|---:|---|---|", m_Step);
    table(b, CLI + " (wall seconds, start-up and I/O included: median (range) over the run's alternating "
      + "rounds, ratio the median of the per-round ratios; a single figure is one run; [fit s]: the median of "
      + "imbalanced-learn's fit_resample inside its command)", m_CliHeader,
      "|---|---:|---:|---:|---:|---|", m_Cli);
    return b.toString();
  }

  private static void table(StringBuilder b, String title, String header, String rule, Map<String, String> rows) {
    if (rows.isEmpty()) {
      return;
    }
    b.append('\n').append(title).append("\n\n").append(header).append('\n').append(rule).append('\n');
    for (String r : rows.values()) {
      b.append(r).append('\n');
    }
  }
}
