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
package weka.filters.supervised.instance;

import java.util.Collections;
import java.util.List;
import java.util.Random;

import weka.core.Instances;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.imbalance.Release;
import weka.imbalance.resampling.NeighbourOversampler;
import weka.imbalance.resampling.SmoteSynthesizer;

/**
 * ADASYN, adaptive synthetic sampling (He et al. 2008); see {@link #globalInfo()}. The amounts per
 * instance are {@link #amounts}; the neighbours, the strategy and the interpolation come from
 * {@link NeighbourOversampler}.
 */
public class ADASYN extends NeighbourOversampler {

  private static final long serialVersionUID = 3391874523085467110L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public String globalInfo() {
    return "ADASYN, adaptive synthetic sampling: SMOTE whose synthetic instances go where a class is hard to learn. "
      + "For each instance x_i of a class to raise, r_i is the fraction of its K nearest neighbours (among all "
      + "instances) of another class; normalised to sum 1, r_i times G (the number the strategy asks for) rounded "
      + "to the nearest whole number (half to even, as imbalanced-learn) is how many synthetic instances x_i "
      + "gets, each on the segment between x_i and one of its K nearest neighbours of its own class (a random "
      + "point of it). Because of the rounding a class may end a few instances off the strategy's count; the "
      + "plan (-output-debug-info, getLastPlan) tells the real counts. A class none of whose instances has a "
      + "neighbour of another class has no density to follow (imbalanced-learn stops with an error): it gets "
      + "SMOTE's even spread instead, said in the debug output. Multi-class: every class the strategy raises "
      + "(by default every class but the majority to the majority count, imbalanced-learn's 'auto'), neighbours "
      + "of any other class counting as the paper's majority (one-vs-rest, as imbalanced-learn). The paper's "
      + "beta (the balance level reached) is -strategy \"RaiseToRatio -ratio beta\". Numeric attributes are "
      + "scaled to [0, 1] for the distance by default (-scaling none: imbalanced-learn's raw distance); nominal "
      + "attributes count through SMOTE-NC or the value difference metric, and a synthetic instance takes its "
      + "base's neighbours' majority value; string and relational values are copied from the base; missing "
      + "values are ignored in the distance. A synthetic instance gets its base's weight (-W instead keeps each "
      + "class's total weight). Instances with a missing class pass through. Only the first batch is "
      + "resampled, so the filter can be used in the FilteredClassifier.\n\nFor more information, see\n\n"
      + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.he2008();
  }

  @Override
  protected boolean searchesEveryRaisedClass() {
    return true;
  }

  @Override
  protected List<Job> prepare(Instances data, int[][] rows, int c, int extra, Random random) throws Exception {
    int[] members = rows[c];
    int[] perBase = amounts(otherClassNeighbours(data, rows, c), extra);
    if (perBase == null) {
      debug("class " + data.classAttribute().value(c) + ": no instance has a neighbour of another class, "
        + "so its synthetic instances are spread evenly (SMOTE)");
      perBase = SmoteSynthesizer.perBase(members.length, extra, random);
    }
    int[][] nn = sameClassNeighbours(data, members, getNearestNeighbors());
    return Collections.singletonList(new Job(members, nn, nn, perBase));
  }

  /** Per instance of class c, how many of its K nearest neighbours are of another class. */
  private int[] otherClassNeighbours(Instances data, int[][] rows, int c) throws Exception {
    int[][] around = neighboursInData(data, rows, c, getNearestNeighbors());
    int[] hard = new int[around.length];
    for (int i = 0; i < around.length; i++) {
      hard[i] = otherClass(data, around[i], c);
    }
    return hard;
  }

  /**
   * How many synthetic instances each instance of a class gets from these options on these data (what
   * the filter would make, without making it).
   *
   * @param data the data, class set
   * @param c the class
   * @return per instance of c (in data order) its amount g_i, or null when the strategy does not raise
   *         c or no instance of c has a neighbour of another class (then SMOTE's even spread is used)
   * @throws Exception if the neighbours cannot be found
   */
  public int[] syntheticPerInstance(Instances data, int c) throws Exception {
    newBatch();
    int[][] rows = classRows(data);
    int[] counts = classCounts(rows);
    int extra = targets(counts, new Random(getSeed()))[c] - counts[c];
    return extra <= 0 ? null : amounts(otherClassNeighbours(data, rows, c), extra);
  }

  /**
   * ADASYN's amounts: g_i = G r_i / sum_j r_j rounded to the nearest whole number, half to even, r_i the
   * share of x_i's neighbours of other classes (the common divisor K cancels in the normalisation);
   * computed in whole numbers, so an exact half is rounded as such (imbalanced-learn's floating point may
   * land either side of it).
   *
   * @param otherClassNeighbours per instance, how many of its K neighbours are of another class
   * @param total G
   * @return per instance its number of synthetic instances, or null when no instance has a neighbour
   *         of another class
   */
  public static int[] amounts(int[] otherClassNeighbours, int total) {
    long sum = 0;
    for (int h : otherClassNeighbours) {
      sum += h;
    }
    if (sum == 0) {
      return null;
    }
    int[] g = new int[otherClassNeighbours.length];
    for (int i = 0; i < g.length; i++) {
      long num = (long) otherClassNeighbours[i] * total;
      long q = num / sum;
      long twice = 2 * (num % sum);
      g[i] = (int) (twice > sum || twice == sum && q % 2 == 1 ? q + 1 : q);
    }
    return g;
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new ADASYN(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "ADASYN", () -> m_SavedByRelease);
  }
}
