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

package weka.imbalance.cog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.imbalance.OptionValues;

/**
 * Phase II of COG-OS (Wu, Xiong &amp; Chen 2010): each original class j is replicated by its own
 * rate r(j), all its subclasses alike, so that a class of weight w_j weighs r(j) w_j afterwards.
 *
 * <p><b>Rates.</b> Given ({@code -os-rates}, one per class in the order of the class values, each
 * &gt;= 1; 1 leaves a class as it is), or automatic (our rule; the paper leaves r(j) to the
 * user): every class that was not decomposed and weighs less than T is raised to T, the weight of
 * the heaviest subclass (a class that was not decomposed counts as one subclass), so that a rare
 * class weighs as much as any subclass it competes with under the paper's Phase IV; decomposed
 * classes keep r = 1 and their subclasses' proportions. When no class is decomposed this is plain
 * random oversampling of every class to the largest one. (Raising the rare classes to the mean
 * subclass instead gave lower balanced accuracy in the benchmark, doc/benchmarks/cog.md.)
 *
 * <p><b>Mechanism.</b> A class of m instances and rate r gets round((r - 1) m) copies: each
 * instance floor(copies / m) times, plus a random subset (seeded, without replacement) for the
 * rest. Each copy keeps its instance's weight and subclass label, so with equal weights the class
 * weighs r w_j to within one instance, and in expectation otherwise. Instances with a missing
 * class are neither counted nor copied.
 */
public class ClassReplication implements Serializable {

  private static final long serialVersionUID = 8317302474158861521L;

  private final String[] m_ClassNames;

  private final double[] m_Rates;

  private final long[] m_Copies;

  private final boolean m_Automatic;

  private final double m_Target;

  private final boolean m_Decomposed;

  private ClassReplication(String[] names, double[] rates, boolean automatic, double target, boolean decomposed) {
    m_ClassNames = names;
    m_Rates = rates;
    m_Copies = new long[rates.length];
    m_Automatic = automatic;
    m_Target = target;
    m_Decomposed = decomposed;
  }

  /**
   * @param rates rates to check (one per class), or an empty array for automatic rates
   * @param given the rates as the user gave them, for the message
   * @return the rates
   * @throws IllegalArgumentException naming {@code -os-rates} unless every rate is finite and &gt;= 1
   */
  public static double[] checkRates(double[] rates, String given) {
    for (double r : rates) {
      OptionValues.require(r >= 1 && !Double.isInfinite(r), "os-rates", "'" + given + "'",
        "rates that are finite and >= 1 (1 = class unchanged)");
    }
    return rates;
  }

  /**
   * The rates of each class, given or automatic.
   *
   * @param d the fitted decomposition
   * @param rates one rate per original class, or an empty array for the automatic rates
   * @return the replication to {@link #apply}
   * @throws IllegalArgumentException naming {@code -os-rates} if the number of rates is not the
   *           number of classes
   */
  public static ClassReplication plan(ClassDecomposition d, double[] rates) {
    String[] names = new String[d.numClasses()];
    for (int c = 0; c < names.length; c++) {
      names[c] = d.className(c);
    }
    if (rates.length > 0) {
      String given = Utils.arrayToString(rates);
      OptionValues.require(rates.length == names.length, "os-rates", "'" + given + "'",
        "one rate per class (" + names.length + ": " + String.join(", ", names) + ")");
      return new ClassReplication(names, checkRates(rates, given).clone(), false, Double.NaN, false);
    }
    double target = 0;
    for (int s = 0; s < d.numSubclasses(); s++) {
      target = Math.max(target, d.subclassWeight(s));
    }
    double[] r = new double[names.length];
    boolean decomposed = false;
    for (int c = 0; c < names.length; c++) {
      double w = d.classWeight(c);
      decomposed |= d.isDecomposed(c);
      r[c] = !d.isDecomposed(c) && w > 0 && w < target ? target / w : 1;
    }
    return new ClassReplication(names, r, true, target, decomposed);
  }

  /**
   * Phase II: the decomposed data followed by the copies.
   *
   * @param decomposed data in the subclass format of {@code d} (not modified)
   * @param d the fitted decomposition
   * @param random the random number generator
   * @return a new data set: the input followed by the copies, class by class
   */
  public Instances apply(Instances decomposed, ClassDecomposition d, Random random) {
    List<List<Integer>> members = new ArrayList<>();
    for (int c = 0; c < m_Rates.length; c++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < decomposed.numInstances(); i++) {
      Instance inst = decomposed.instance(i);
      if (!inst.classIsMissing()) {
        members.get(d.parentOf((int) inst.classValue())).add(i);
      }
    }
    Instances out = new Instances(decomposed);
    for (int c = 0; c < m_Rates.length; c++) {
      int m = members.get(c).size();
      if (m == 0 || m_Rates[c] <= 1) {
        continue;
      }
      long copies = Math.round((m_Rates[c] - 1) * m);
      for (long f = 0; f < copies / m; f++) {
        for (int idx : members.get(c)) {
          out.add(decomposed.instance(idx));
        }
      }
      int[] order = new int[m];
      for (int j = 0; j < m; j++) {
        order[j] = members.get(c).get(j);
      }
      for (int r = 0; r < copies % m; r++) {
        int j = r + random.nextInt(m - r);
        int t = order[r];
        order[r] = order[j];
        order[j] = t;
        out.add(decomposed.instance(order[r]));
      }
      m_Copies[c] = copies;
    }
    return out;
  }

  /**
   * @param classIndex an original class index
   * @return its rate r(j)
   */
  public double rate(int classIndex) {
    return m_Rates[classIndex];
  }

  /**
   * @param classIndex an original class index
   * @return the number of copies {@link #apply} added to it (0 before)
   */
  public long copies(int classIndex) {
    return m_Copies[classIndex];
  }

  /** @return the rates and copies per class */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("COG-OS: each class j replicated by its rate r(j), ");
    sb.append(m_Automatic ? "automatic: the undecomposed classes lighter than T = " + Utils.doubleToString(m_Target, 4)
      + " (the heaviest " + (m_Decomposed ? "subclass" : "class") + ") raised to T\n"
      : "as given\n");
    for (int c = 0; c < m_Rates.length; c++) {
      sb.append("  ").append(m_ClassNames[c]).append(": r = ").append(Utils.doubleToString(m_Rates[c], 4))
        .append(", +").append(m_Copies[c]).append(" copies\n");
    }
    return sb.toString();
  }
}
