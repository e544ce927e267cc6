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

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SparseInstance;
import weka.core.Utils;

/**
 * The SMOTE mechanism for one class: given its instances and each one's k nearest same-class
 * neighbours, makes a requested number of synthetic instances.
 *
 * <ul>
 * <li>Amount (Chawla et al. 2002, and Weka's SMOTE package): with S synthetic instances from m
 * base instances, every base instance gets floor(S / m), and a random subset of S mod m of them
 * (without replacement) one more.</li>
 * <li>Each synthetic instance takes one of its base's k neighbours uniformly at random. A numeric
 * value is x + g (y - x): with {@link Gap#PER_ATTRIBUTE} a fresh g ~ U[0, 1) per attribute (the
 * paper's pseudocode: a point of the hyper-rectangle spanned by x and y), with
 * {@link Gap#PER_INSTANCE} one g per instance (a point of the segment, as imbalanced-learn). If x
 * or y is missing, the value present is taken; if both are, the value of the nearest of the k
 * neighbours that has one (else missing).</li>
 * <li>A nominal value is the majority vote of the k neighbours (SMOTE-NC); a tie goes to the
 * value of the nearest neighbour among the tied ones; missing values do not vote; without any vote
 * the base's value is kept.</li>
 * <li>String and relational values are the base instance's; the class value is the class's; the
 * weight is the base instance's.</li>
 * <li>With k = 0 (a class of one instance) the synthetic instances are copies of their base.</li>
 * </ul>
 * Random numbers are drawn in a fixed order (subset, then per synthetic instance: neighbour, gaps)
 * from the one generator passed in, so the output depends on the seed only.
 */
public final class SmoteSynthesizer {

  /** Where the interpolated point lies. */
  public enum Gap {
    /** One gap per numeric attribute: a point of the hyper-rectangle. */
    PER_ATTRIBUTE,
    /** One gap per synthetic instance: a point of the segment. */
    PER_INSTANCE
  }

  private final Instances m_Data;
  private final Gap m_Gap;
  private double m_OtherClassGap = 1;
  private double m_Step = 1;

  /**
   * @param data the data the rows refer to (its header is the output header)
   * @param gap the interpolation
   */
  public SmoteSynthesizer(Instances data, Gap gap) {
    m_Data = data;
    m_Gap = gap;
  }

  /**
   * How many synthetic instances each base instance gets.
   *
   * @param m base instances
   * @param total synthetic instances wanted
   * @param random the generator (draws the S mod m extra bases)
   * @return per base, its number of synthetic instances (summing to total)
   */
  public static int[] perBase(int m, int total, Random random) {
    int[] n = new int[m];
    int each = total / m;
    int extra = total % m;
    java.util.Arrays.fill(n, each);
    if (extra > 0) {
      int[] idx = RandomSubset.chooseFirst(RandomSubset.identity(m), extra, random);
      for (int i = 0; i < extra; i++) {
        n[idx[i]]++;
      }
    }
    return n;
  }

  /**
   * Makes the synthetic instances of one class.
   *
   * @param rows the class's rows in the data
   * @param neighbours for each row position, its k neighbours as positions in rows, nearest
   *          first (all of length k; k may be 0)
   * @param total the number of synthetic instances
   * @param random the generator
   * @return the new instances, by base instance in row order
   */
  public List<Instance> synthesize(int[] rows, int[][] neighbours, int total, Random random) {
    int m = rows.length;
    if (total <= 0 || m == 0) {
      return new ArrayList<>(0);
    }
    int[] perBase = perBase(m, total, random);
    int[][] nn = new int[m][];
    for (int i = 0; i < m; i++) {
      nn[i] = new int[neighbours[i].length];
      for (int j = 0; j < nn[i].length; j++) {
        nn[i][j] = rows[neighbours[i][j]];
      }
    }
    return synthesize(rows, nn, nn, perBase, random);
  }

  /**
   * Makes synthetic instances from bases and amounts chosen by the caller (ADASYN, Borderline-SMOTE):
   * per synthetic instance one partner drawn uniformly from the base's partners, then the gaps
   * (numeric values as in {@link #synthesize(int[], int[][], int, Random)}; a partner of another
   * class than the base's shortens the gap by {@link #setOtherClassGap}); nominal values are the
   * vote of the base's voters, and a value missing in both base and partner is the first voter's
   * that has one.
   *
   * @param bases the base instances' rows in the data
   * @param partners per base, rows in the data, nearest first (empty: the synthetic instances are
   *          copies of the base)
   * @param voters per base, the rows in the data whose majority gives the nominal values, nearest
   *          first
   * @param perBase per base, its number of synthetic instances
   * @param random the generator
   * @return the new instances, by base instance in order
   */
  public List<Instance> synthesize(int[] bases, int[][] partners, int[][] voters, int[] perBase, Random random) {
    int total = 0;
    for (int n : perBase) {
      total += n;
    }
    List<Instance> out = new ArrayList<>(total);
    int na = m_Data.numAttributes();
    int ci = m_Data.classIndex();
    for (int i = 0; i < bases.length; i++) {
      Instance base = m_Data.instance(bases[i]);
      int[] nn = partners[i];
      for (int r = 0; r < perBase[i]; r++) {
        Instance syn;
        if (nn.length == 0) {
          syn = (Instance) base.copy();
        } else {
          Instance other = m_Data.instance(nn[random.nextInt(nn.length)]);
          double scale = (other.classValue() == base.classValue() ? 1 : m_OtherClassGap) * m_Step;
          double[] v = new double[na];
          double g = m_Gap == Gap.PER_INSTANCE ? random.nextDouble() * scale : 0;
          for (int a = 0; a < na; a++) {
            Attribute att = m_Data.attribute(a);
            if (a == ci) {
              v[a] = base.value(a);
            } else if (att.isNumeric()) {
              if (m_Gap == Gap.PER_ATTRIBUTE) {
                g = random.nextDouble() * scale;
              }
              v[a] = numeric(base, other, voters[i], a, g);
            } else if (att.isNominal()) {
              v[a] = vote(base, voters[i], a, att.numValues());
            } else {
              v[a] = base.value(a);
            }
          }
          syn = base instanceof SparseInstance ? new SparseInstance(base.weight(), v)
            : new DenseInstance(base.weight(), v);
        }
        syn.setDataset(m_Data);
        out.add(syn);
      }
    }
    return out;
  }

  /**
   * @param f the largest gap towards a partner of another class (Borderline-SMOTE2: 0.5, so that the
   *          synthetic instance stays nearer its base); 1 by default
   */
  public void setOtherClassGap(double f) {
    m_OtherClassGap = f;
  }

  /**
   * @param s the step: gaps are drawn in [0, s) times the above (1 by default); a negative step
   *          extrapolates, the new point lying beyond the base, away from its partner (SVM-SMOTE's
   *          safe support vectors: -0.5)
   */
  public void setStep(double s) {
    m_Step = s;
  }

  private double numeric(Instance base, Instance other, int[] voters, int a, double g) {
    double x = base.value(a);
    double y = other.value(a);
    boolean xm = Utils.isMissingValue(x);
    boolean ym = Utils.isMissingValue(y);
    if (!xm && !ym) {
      return x + g * (y - x);
    }
    if (!xm) {
      return x;
    }
    if (!ym) {
      return y;
    }
    for (int j : voters) {
      double z = m_Data.instance(j).value(a);
      if (!Utils.isMissingValue(z)) {
        return z;
      }
    }
    return Utils.missingValue();
  }

  private double vote(Instance base, int[] nn, int a, int numValues) {
    int[] votes = new int[numValues];
    int best = -1;
    for (int j : nn) {
      double z = m_Data.instance(j).value(a);
      if (!Utils.isMissingValue(z)) {
        votes[(int) z]++;
      }
    }
    // the first neighbour (nearest first) holding a value with the most votes wins ties
    int most = 0;
    for (int vcount : votes) {
      most = Math.max(most, vcount);
    }
    if (most == 0) {
      return base.value(a);
    }
    for (int j : nn) {
      double z = m_Data.instance(j).value(a);
      if (!Utils.isMissingValue(z) && votes[(int) z] == most) {
        best = (int) z;
        break;
      }
    }
    return best;
  }
}
