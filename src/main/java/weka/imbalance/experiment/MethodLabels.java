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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import weka.classifiers.Classifier;
import weka.classifiers.SingleClassifierEnhancer;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.OptionHandler;
import weka.core.Utils;

/**
 * Short, readable names for configured Weka objects, used for the methods in every table, test
 * and chart of the comparison and in the Explorer's chart:
 * <ul>
 * <li>the class name without its package: {@code J48};</li>
 * <li>only the options that differ from the class's defaults, in brackets: {@code J48[-U]},
 * {@code ThresholdMoving[-tune](Logistic)}; an option whose value is itself a configured object
 * is named the same way: {@code LogitAdjustedMLP[-loss CrossEntropyLoss]};</li>
 * <li>a meta-classifier's base classifier in parentheses: {@code ClassBalancedReweighting(J48)};</li>
 * <li>a FilteredClassifier as "filter + classifier": {@code ClassBalancer + J48}.</li>
 * </ul>
 * Two methods that would still read the same are numbered ({@code J48 #1}, {@code J48 #2}).
 */
public final class MethodLabels {

  /** A full class name inside an option value ("weka.imbalance.nn.CrossEntropyLoss"). */
  private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z_][a-zA-Z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");

  private MethodLabels() {
  }

  /**
   * The short label of one configured object (a classifier, a filter, or any option handler).
   *
   * @param o the object
   * @return its label
   */
  public static String label(Object o) {
    if (o instanceof FilteredClassifier) {
      FilteredClassifier fc = (FilteredClassifier) o;
      String inner = label(fc.getFilter()) + " + " + label(fc.getClassifier());
      String own = nonDefault(fc, "-F", "-W");
      return own.isEmpty() ? inner : "FilteredClassifier[" + own + "](" + inner + ")";
    }
    String name = o.getClass().getSimpleName();
    if (o instanceof SingleClassifierEnhancer) {
      String own = nonDefault((OptionHandler) o, "-W");
      return name + (own.isEmpty() ? "" : "[" + own + "]") + "(" + label(((SingleClassifierEnhancer) o).getClassifier())
        + ")";
    }
    String own = o instanceof OptionHandler ? nonDefault((OptionHandler) o) : "";
    return own.isEmpty() ? name : name + "[" + own + "]";
  }

  /**
   * Labels for a list of methods, numbered where two would read the same.
   *
   * @param methods the methods
   * @return one label per method, in order, all different
   */
  public static List<String> labels(List<? extends Classifier> methods) {
    List<String> labels = new ArrayList<>();
    for (Classifier m : methods) {
      labels.add(label(m));
    }
    for (int i = 0; i < labels.size(); i++) {
      String same = labels.get(i);
      if (Collections.frequency(labels, same) > 1) {
        for (int j = i, n = 1; j < labels.size(); j++) {
          if (labels.get(j).equals(same)) {
            labels.set(j, same + " #" + n++);
          }
        }
      }
    }
    return labels;
  }

  /**
   * The options of an object that differ from those of a fresh instance of its class, shortened.
   *
   * @param o the object
   * @param skip options left out (with their value): the ones shown in another way
   * @return the options, or "" when all are defaults (or no fresh instance can be made)
   */
  static String nonDefault(OptionHandler o, String... skip) {
    OptionHandler fresh;
    try {
      fresh = (OptionHandler) o.getClass().getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "";
    }
    Set<String> defaults = new LinkedHashSet<>(groups(fresh.getOptions(), skip));
    List<String> shown = new ArrayList<>();
    for (String g : groups(o.getOptions(), skip)) {
      if (!defaults.contains(g)) {
        shown.add(g);
      }
    }
    return String.join(" ", shown);
  }

  /**
   * Splits an option array into "flag value..." groups, leaving out the options to skip and
   * everything after "--" (a base classifier's options), with configured objects shortened.
   */
  private static List<String> groups(String[] options, String... skip) {
    List<String> groups = new ArrayList<>();
    List<String> skipped = Arrays.asList(skip);
    StringBuilder current = null;
    boolean skipping = false;
    for (String t : options) {
      if (t.equals("--")) {
        break;
      }
      if (t.isEmpty()) {
        continue;
      }
      if (isFlag(t)) {
        if (current != null) {
          groups.add(current.toString());
        }
        skipping = skipped.contains(t);
        current = skipping ? null : new StringBuilder(t);
      } else if (!skipping && current != null) {
        current.append(' ').append(value(t));
      }
    }
    if (current != null) {
      groups.add(current.toString());
    }
    return groups;
  }

  private static boolean isFlag(String t) {
    if (!t.startsWith("-") || t.length() < 2) {
      return false;
    }
    try {
      Double.parseDouble(t);
      return false;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** An option value: a configured object ("class options") by its label, else shortened names. */
  private static String value(String v) {
    if (v.matches("(?:[a-z_][a-zA-Z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(\\s.*)?")) {
      try {
        String[] parts = Utils.splitOptions(v);
        String name = parts[0];
        parts[0] = "";
        return label(Utils.forName(Object.class, name, parts));
      } catch (Exception e) {
        // not an object we can make: shorten the names only
      }
    }
    return QUALIFIED.matcher(v).replaceAll("$1");
  }
}
