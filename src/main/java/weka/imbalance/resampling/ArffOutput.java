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
package weka.imbalance.resampling;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionHandler;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.Filter;

/**
 * The command line of the resampling filters ({@code -i in -o out}): Weka's
 * {@link Filter#filterFile} with a faster writer of the output rows, byte for byte the ARFF Weka
 * writes. Weka formats every numeric value with {@link Utils#doubleToString(double, int)} (a
 * {@code DecimalFormat}, six decimals by default) and builds each row in {@code StringBuffer}s; here
 * a numeric value of a dense instance is rounded with one multiplication and printed with integer
 * arithmetic whenever that gives the same digits (below 2^22 in magnitude, not within 0.01 units of
 * the last decimal of a rounding tie, six decimals, a locale that writes ASCII digits and '-'), and
 * by Weka's own code otherwise; nominal, string, date and relational values, sparse instances and
 * every other option (-b, -h, -z, -d, standard input or output) go through Weka.
 */
public final class ArffOutput {

  private ArffOutput() {
  }

  /** The decimals the fast path formats (Weka's default of {@code -decimal}). */
  static final int DECIMALS = 6;

  /** Values at least this large in magnitude are formatted by Weka. */
  private static final double FAST_BELOW = 1 << 22;

  /** Whether this thread's Weka format writes what the fast path writes (checked on probe values). */
  private static final ThreadLocal<Boolean> FAST = ThreadLocal.withInitial(ArffOutput::probe);

  private static boolean probe() {
    double[] probes = {0, -0.0, 1, -1.5, 12.25, 1234567.125, 0.000001, -0.0000004, 3.1415926535, 98765.4321};
    StringBuilder b = new StringBuilder();
    for (double v : probes) {
      b.setLength(0);
      if (!fast(v, b) || !b.toString().equals(Utils.doubleToString(v, DECIMALS))) {
        return false;
      }
    }
    return true;
  }

  /** @return whether this thread formats numbers by the fast path (else all by Weka's DecimalFormat) */
  static boolean fastPathActive() {
    return FAST.get();
  }

  /**
   * Appends v with at most six decimals, rounded half up, trailing zeros dropped, when the
   * rounding is certain; otherwise appends nothing.
   *
   * @return whether v was appended
   */
  private static boolean fast(double v, StringBuilder out) {
    double a = Math.abs(v);
    if (!(a < FAST_BELOW)) {
      return false;
    }
    double y = a * 1e6;
    long n = Math.round(y);
    // y is within 2^-10 of |v| x 10^6, and Weka's digits within half an ulp of v (under 0.001 here)
    if (Math.abs(y - (n - 0.5)) < 0.01 || Math.abs(y - (n + 0.5)) < 0.01) {
      return false;
    }
    if (v < 0 || (v == 0 && 1 / v < 0)) {
      out.append('-');
    }
    out.append(n / 1_000_000);
    int frac = (int) (n % 1_000_000);
    if (frac != 0) {
      out.append('.');
      int digits = 6;
      while (frac % 10 == 0) {
        frac /= 10;
        digits--;
      }
      for (int p = digits - 1, div = pow10(p); p >= 0; p--, div /= 10) {
        out.append((char) ('0' + frac / div % 10));
      }
    }
    return true;
  }

  private static int pow10(int p) {
    int r = 1;
    for (int i = 0; i < p; i++) {
      r *= 10;
    }
    return r;
  }

  /**
   * Appends a number as {@link Utils#doubleToString(double, int)} with six decimals writes it.
   *
   * @param v the number
   * @param out where to append it
   */
  static void appendNumber(double v, StringBuilder out) {
    if (!FAST.get() || !fast(v, out)) {
      out.append(Utils.doubleToString(v, DECIMALS));
    }
  }

  /**
   * Appends an instance as {@link Instance#toStringMaxDecimalDigits(int)} writes it.
   *
   * @param inst the instance (with its data set)
   * @param decimals the maximum number of decimals
   * @param out where to append it
   */
  public static void appendInstance(Instance inst, int decimals, StringBuilder out) {
    Instances header = inst.dataset();
    if (decimals != DECIMALS || inst.getClass() != DenseInstance.class || header == null) {
      out.append(inst.toStringMaxDecimalDigits(decimals));
      return;
    }
    for (int i = 0; i < inst.numAttributes(); i++) {
      if (i > 0) {
        out.append(',');
      }
      if (inst.isMissing(i)) {
        out.append('?');
      } else if (header.attribute(i).type() == Attribute.NUMERIC) {
        appendNumber(inst.value(i), out);
      } else {
        out.append(inst.toString(i, decimals));
      }
    }
    if (inst.weight() != 1.0) {
      out.append(",{");
      appendNumber(inst.weight(), out);
      out.append('}');
    }
  }

  /**
   * Runs a filter from the command line as {@link Filter#runFilter} does, writing the output rows
   * with {@link #appendInstance}: the same file, faster.
   *
   * @param filter the filter
   * @param options the command line
   */
  public static void runFilter(Filter filter, String[] options) {
    String[] o = options.clone();
    String in;
    String out;
    String classIndex;
    int decimals;
    Instances structure;
    DataSource source;
    try {
      boolean weka = Utils.getFlag('b', o) || Utils.getFlag('h', o) || Utils.getFlag('d', o)
        || Utils.getOption('z', o).length() > 0;
      in = Utils.getOption('i', o);
      out = Utils.getOption('o', o);
      classIndex = Utils.getOption('c', o);
      String d = Utils.getOption("decimal", o);
      decimals = d.isEmpty() ? DECIMALS : Integer.parseInt(d);
      if (weka || in.isEmpty() || out.isEmpty() || !(filter instanceof OptionHandler)) {
        Filter.runFilter(filter, options);
        return;
      }
      ((OptionHandler) filter).setOptions(o);
      Utils.checkForRemainingOptions(o);
      source = new DataSource(in);
      structure = source.getStructure();
      if (classIndex.equals("first")) {
        structure.setClassIndex(0);
      } else if (classIndex.equals("last")) {
        structure.setClassIndex(structure.numAttributes() - 1);
      } else if (!classIndex.isEmpty()) {
        structure.setClassIndex(Integer.parseInt(classIndex) - 1);
      }
    } catch (Exception e) {
      Filter.runFilter(filter, options); // Weka's own messages and help text
      return;
    }
    try {
      filter.preExecution();
      try (Writer w = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(out)), 1 << 16)) {
        filterFile(filter, source, structure, decimals, w);
      }
    } catch (Exception e) {
      e.printStackTrace();
    }
    try {
      filter.postExecution();
    } catch (Exception e) {
      e.printStackTrace();
    }
  }

  /** The loop of {@link Filter#filterFile}, with the faster rows. */
  private static void filterFile(Filter filter, DataSource source, Instances data, int decimals, Writer w)
    throws Exception {
    String eol = System.lineSeparator();
    StringBuilder row = new StringBuilder(256);
    boolean header = false;
    if (filter.setInputFormat(data)) {
      w.write(filter.getOutputFormat().toString());
      w.write(eol);
      header = true;
    }
    while (source.hasMoreElements(data)) {
      if (filter.input(source.nextElement(data))) {
        if (!header) {
          throw new Error("Filter didn't return true from setInputFormat() earlier!");
        }
        write(filter.output(), decimals, row, w, eol);
      }
    }
    if (filter.batchFinished()) {
      if (!header) {
        w.write(filter.getOutputFormat().toString());
        w.write(eol);
      }
      while (filter.numPendingOutput() > 0) {
        write(filter.output(), decimals, row, w, eol);
      }
    }
  }

  private static void write(Instance inst, int decimals, StringBuilder row, Writer w, String eol)
    throws java.io.IOException {
    row.setLength(0);
    appendInstance(inst, decimals, row);
    row.append(eol);
    w.append(row);
  }
}
