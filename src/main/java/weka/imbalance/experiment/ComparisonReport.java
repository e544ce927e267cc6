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

package weka.imbalance.experiment;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.WekaPackageClassLoaderManager;
import weka.experiment.PairedStats;
import weka.imbalance.PerClassRecall;
import weka.imbalance.ShotGroups;
import weka.imbalance.chart.RecallChart;

/**
 * The text of the comparison for one or more data sets: the table of means, Weka's corrected
 * paired t-test on balanced accuracy, and the verdict: the best method, the methods not
 * significantly worse than it, the package's methods that significantly beat the best stock Weka
 * method, and a caveat when the evidence is thin. Every method is named by its
 * {@link MethodLabels label}.
 */
final class ComparisonReport {

  /** The compared column. */
  static final String BALANCED_ACCURACY = "BalancedAccuracy";

  /**
   * Fewer runs than this are "few" for the caveat: the corrected t-test is recommended with 10
   * runs (Bouckaert and Frank 2004), which is also the Experimenter's default.
   */
  static final int FEW_RUNS = 5;

  /** The result columns of the table, with their headings. */
  private static final String[][] COLUMNS = {
    {"Percent_correct", "Accuracy"}, {BALANCED_ACCURACY, "Bal.acc"}, {"GMean", "G-mean"},
    {"ManyShotAccuracy", "Many"}, {"MediumShotAccuracy", "Medium"}, {"FewShotAccuracy", "Few"},
    {"Elapsed_Time_training", "Train s"}};

  private static final Pattern CLASS_NAME = Pattern.compile("\\bweka(?:\\.[a-zA-Z_][a-zA-Z0-9_]*)+");

  private final ComparisonResults m_results;
  private final List<String> m_labels;
  private final boolean[] m_stock;
  private final String m_unit;
  private final String m_over;

  /**
   * @param results the results
   * @param methods the methods, in order (the first is the t-test's baseline)
   * @param unit what one result of a method is, plural ("folds", "train/test splits")
   * @param over the results of a method in words ("2 runs x 5 folds")
   */
  ComparisonReport(ComparisonResults results, List<? extends Classifier> methods, String unit, String over) {
    m_results = results;
    m_labels = MethodLabels.labels(methods);
    m_stock = new boolean[methods.size()];
    for (int i = 0; i < m_stock.length; i++) {
      m_stock[i] = isStockWeka(methods.get(i));
    }
    m_unit = unit;
    m_over = over;
  }

  /** @return the methods' labels */
  List<String> labels() {
    return m_labels;
  }

  /**
   * Whether a method is made of Weka's own classes only (every class its configuration names
   * comes from the same place as Weka's core), as opposed to this package's or another package's.
   *
   * @param method a configured classifier
   * @return true for stock Weka
   */
  static boolean isStockWeka(Classifier method) {
    CodeSource weka = Instances.class.getProtectionDomain().getCodeSource();
    Matcher m = CLASS_NAME.matcher(Utils.toCommandLine(method));
    while (m.find()) {
      try {
        Class<?> c = WekaPackageClassLoaderManager.forName(m.group());
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (weka == null || source == null || !weka.getLocation().equals(source.getLocation())) {
          return false;
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // a package name or an option value, not a class
      }
    }
    return true;
  }

  /**
   * The table of means for one data set, one row per method.
   *
   * @param relation the data set's relation name
   * @return the table
   */
  String table(String relation) {
    int width = labelWidth();
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "Method"));
    for (String[] col : COLUMNS) {
      b.append(String.format(Locale.ROOT, " %8s", col[1]));
    }
    b.append('\n');
    for (int i = 0; i < m_labels.size(); i++) {
      b.append(String.format(Locale.ROOT, "%-" + width + "s", m_labels.get(i)));
      for (int c = 0; c < COLUMNS.length; c++) {
        double mean = m_results.mean(relation, i, COLUMNS[c][0]);
        if (Double.isNaN(mean)) {
          b.append(String.format(Locale.ROOT, " %8s", "-"));
        } else {
          b.append(String.format(Locale.ROOT, c == 0 ? " %7.2f%%" : c == COLUMNS.length - 1 ? " %8.3f" : " %8.4f", mean));
        }
      }
      b.append('\n');
    }
    return b.toString();
  }

  private int labelWidth() {
    int width = 6;
    for (String l : m_labels) {
      width = Math.max(width, l.length() + 4);
    }
    return width;
  }

  /**
   * Weka's corrected paired t-test on balanced accuracy against the first method: one row per
   * method, one column per data set, "mean (standard deviation)" and v or * where the method is
   * significantly better or worse than the first.
   *
   * @param relations the data sets' relation names
   * @param names the data sets' names, for the header
   * @return the text
   */
  String significance(List<String> relations, List<String> names) {
    int width = labelWidth();
    StringBuilder b = new StringBuilder("Balanced accuracy, mean (standard deviation) over " + m_over
      + "; Weka's corrected paired t-test\n(Nadeau & Bengio) at " + ComparisonResults.SIGNIFICANCE + " against (1) "
      + m_labels.get(0) + ": v = significantly better, * = significantly worse.\n\n");
    b.append(String.format(Locale.ROOT, "%-" + width + "s", "Method"));
    for (String n : names) {
      b.append(String.format(Locale.ROOT, " %-19s", n.length() > 19 ? n.substring(0, 19) : n));
    }
    b.append(names.size() > 1 ? "  (v/ /*)\n" : "\n");
    for (int i = 0; i < m_labels.size(); i++) {
      b.append(String.format(Locale.ROOT, "%-" + width + "s", "(" + (i + 1) + ") " + m_labels.get(i)));
      int[] wtl = new int[3];
      for (String rel : relations) {
        double mean = m_results.mean(rel, i, BALANCED_ACCURACY);
        PairedStats t = i == 0 ? null : m_results.test(rel, 0, i, BALANCED_ACCURACY);
        String mark = t == null ? " " : t.differencesSignificance < 0 ? "v" : t.differencesSignificance > 0 ? "*" : " ";
        wtl["v *".indexOf(mark)]++;
        double sd = m_results.standardDeviation(rel, i, BALANCED_ACCURACY);
        b.append(String.format(Locale.ROOT, " %-19s", Double.isNaN(mean) ? "-"
          : String.format(Locale.ROOT, "%.4f (%s) %s", mean, Double.isNaN(sd) ? "-" : String.format(Locale.ROOT, "%.4f", sd),
            mark)));
      }
      if (names.size() > 1 && i > 0) {
        b.append(String.format(Locale.ROOT, "  (%d/%d/%d)", wtl[0], wtl[1], wtl[2]));
      }
      b.append('\n');
    }
    return b.toString().replaceAll(" +\n", "\n");
  }

  /**
   * The verdict on one data set.
   *
   * @param relation the data set's relation name
   * @param name the data set's name
   * @return a few lines
   */
  String verdict(String relation, String name) {
    int n = m_labels.size();
    int best = 0;
    for (int i = 1; i < n; i++) {
      if (m_results.mean(relation, i, BALANCED_ACCURACY) > m_results.mean(relation, best, BALANCED_ACCURACY)) {
        best = i;
      }
    }
    StringBuilder b = new StringBuilder("Verdict on " + name + " (balanced accuracy; corrected paired t-test at "
      + ComparisonResults.SIGNIFICANCE + "):\n");
    b.append("- Best: ").append(named(relation, best)).append(m_stock[best] ? ", stock Weka" : "").append(".\n");
    if (n == 1) {
      return b.toString();
    }
    int results = m_results.count(relation, best);
    if (results < 2) {
      return b.append("- Caveat: one ").append(singular()).append(" per method, so no significance test is possible:"
        + " the ranking may be chance. Use more runs (-R 10).\n").toString();
    }
    List<String> close = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PairedStats t = i == best ? null : m_results.test(relation, best, i, BALANCED_ACCURACY);
      if (t != null && t.differencesSignificance == 0) {
        close.add(named(relation, i));
      }
    }
    b.append("- Not significantly worse than the best: ")
      .append(close.isEmpty() ? "none, every other method is significantly worse" : String.join(", ", close))
      .append(".\n");

    int bestStock = -1;
    boolean anyOther = false;
    for (int i = 0; i < n; i++) {
      if (m_stock[i] && (bestStock < 0
        || m_results.mean(relation, i, BALANCED_ACCURACY) > m_results.mean(relation, bestStock, BALANCED_ACCURACY))) {
        bestStock = i;
      }
      anyOther |= !m_stock[i];
    }
    if (bestStock >= 0 && anyOther) {
      List<String> beat = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        PairedStats t = m_stock[i] ? null : m_results.test(relation, bestStock, i, BALANCED_ACCURACY);
        if (t != null && t.differencesSignificance < 0) {
          beat.add(named(relation, i));
        }
      }
      b.append("- Significantly better than the best stock Weka method, ").append(named(relation, bestStock)).append(": ")
        .append(beat.isEmpty() ? "none" : String.join(", ", beat)).append(".\n");
    }

    List<String> thin = new ArrayList<>();
    int runs = m_results.runs(relation, best);
    if (runs < FEW_RUNS) {
      thin.add("only " + runs + (runs == 1 ? " run" : " runs"));
    }
    if (noSignificantDifference(relation)) {
      thin.add("no two methods differ significantly");
    }
    if (!thin.isEmpty()) {
      b.append("- Caveat: thin evidence (").append(String.join("; ", thin))
        .append("): more runs (-R 10) give a firmer answer.\n");
    }
    return b.toString();
  }

  private boolean noSignificantDifference(String relation) {
    for (int i = 0; i < m_labels.size(); i++) {
      for (int j = i + 1; j < m_labels.size(); j++) {
        PairedStats t = m_results.test(relation, i, j, BALANCED_ACCURACY);
        if (t != null && t.differencesSignificance != 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The per-class recall chart of one data set: one series per method, recall pooled over all
   * runs and folds from the Experimenter's target and prediction columns (unweighted: the
   * Experimenter does not record instance weights there), and in the legend the method's balanced
   * accuracy as in the table.
   *
   * @param relation the data set's relation name
   * @param data the data set, class set
   * @param trainingCounts the training count of each class, which places it and sets its group
   * @param countsLabel what the counts are
   * @param title the chart's title
   * @return the chart
   */
  RecallChart chart(String relation, Instances data, double[] trainingCounts, String countsLabel, String title) {
    Attribute cls = data.classAttribute();
    String[] names = new String[cls.numValues()];
    for (int k = 0; k < names.length; k++) {
      names[k] = cls.value(k);
    }
    RecallChart chart = new RecallChart(names, trainingCounts, countsLabel, ShotGroups.configured());
    chart.setTitle(title);
    Attribute targets = m_results.raw().attribute("Targets");
    Attribute predictions = m_results.raw().attribute("Predictions");
    for (int i = 0; i < m_labels.size(); i++) {
      PerClassRecall recall = new PerClassRecall(names.length);
      for (Instance row : targets == null || predictions == null ? new ArrayList<Instance>()
        : m_results.rows(relation, i)) {
        String[] t = row.stringValue(targets).split("\\|", -1);
        String[] p = row.stringValue(predictions).split("\\|", -1);
        for (int j = 0; j < t.length && j < p.length; j++) {
          int actual = cls.indexOfValue(t[j]);
          if (actual >= 0) {
            recall.add(actual, cls.indexOfValue(p[j]), 1, -1);
          }
        }
      }
      chart.addSeries(m_labels.get(i), recall, m_results.mean(relation, i, BALANCED_ACCURACY));
    }
    return chart;
  }

  private String named(String relation, int method) {
    return m_labels.get(method) + " (" + String.format(Locale.ROOT, "%.4f", m_results.mean(relation, method,
      BALANCED_ACCURACY)) + ")";
  }

  private String singular() {
    return m_unit.endsWith("s") ? m_unit.substring(0, m_unit.length() - 1) : m_unit;
  }
}
