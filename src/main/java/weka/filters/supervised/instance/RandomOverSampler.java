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

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.NormalDraws;
import weka.imbalance.resampling.Oversampler;
import weka.imbalance.resampling.SamplingPlan;

/**
 * Random over-sampling, optionally with ROSE's smoothed bootstrap; see {@link #globalInfo()}. The
 * kernel width is {@link #bandwidthFactor}.
 */
public class RandomOverSampler extends Oversampler {

  private static final long serialVersionUID = 8061125580128877763L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  /** 0: plain copies (imbalanced-learn's shrinkage=None). */
  private double m_Shrinkage = 0;

  public String globalInfo() {
    return "Random over-sampling: every class the strategy raises (by default every class but the majority to the "
      + "majority count, imbalanced-learn's 'auto') gains instances drawn uniformly with replacement from its "
      + "own instances (a bootstrap), appended after the original data. With -shrinkage s > 0, the smoothed "
      + "bootstrap of ROSE (Menardi and Torelli 2014), as imbalanced-learn's RandomOverSampler(shrinkage=s): "
      + "each numeric attribute of a drawn instance gets Gaussian noise of standard deviation s h sigma_j, "
      + "sigma_j the attribute's standard deviation within the class and h = (4 / ((d + 2) n))^(1 / (d + 4)) "
      + "the normal-reference bandwidth (d numeric attributes, n instances of the class); s = 1 is ROSE's "
      + "default kernel. Nominal, string and relational values and missing values are copied from the drawn "
      + "instance (ROSE and imbalanced-learn take numeric data only). A new instance gets the weight of the "
      + "instance it was drawn from (-W instead keeps each class's total weight). Instances with a missing "
      + "class pass through. Only the first batch is resampled, so the filter can be used in the "
      + "FilteredClassifier.\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.menardi2014();
  }

  /**
   * The normal-reference bandwidth factor of ROSE and imbalanced-learn.
   *
   * @param d the number of numeric attributes
   * @param n the number of instances of the class
   * @return (4 / ((d + 2) n))^(1 / (d + 4))
   */
  public static double bandwidthFactor(int d, int n) {
    return Math.pow(4.0 / ((d + 2) * (double) n), 1.0 / (d + 4));
  }

  @Override
  protected SamplingPlan plan(int[] counts, Instances data, Random random) {
    return new SamplingPlan(counts, targets(counts, random));
  }

  @Override
  protected void oversample(Instances data, int[][] rows, SamplingPlan plan, Random random, Instances out)
    throws Exception {
    int[] numeric = numericAttributes(data);
    NormalDraws noise = m_Shrinkage > 0 ? new NormalDraws(random.nextLong()) : null;
    for (int c = 0; c < plan.numClasses(); c++) {
      int extra = plan.after(c) - plan.before(c);
      int n = rows[c].length;
      if (extra <= 0 || n == 0) {
        continue;
      }
      if (noise == null) {
        for (int i = 0; i < extra; i++) {
          out.add(data.instance(rows[c][random.nextInt(n)]));
        }
        continue;
      }
      double h = m_Shrinkage * bandwidthFactor(numeric.length, n);
      double[] width = new double[numeric.length];
      for (int u = 0; u < numeric.length; u++) {
        width[u] = h * std(data, rows[c], numeric[u]);
      }
      for (int i = 0; i < extra; i++) {
        Instance drawn = data.instance(rows[c][random.nextInt(n)]);
        double[] v = drawn.toDoubleArray();
        for (int u = 0; u < numeric.length; u++) {
          int a = numeric[u];
          if (!Utils.isMissingValue(v[a])) {
            v[a] += noise.next() * width[u];
          }
        }
        out.add(drawn.copy(v));
      }
    }
    finish(data, out);
  }

  private static int[] numericAttributes(Instances data) {
    List<Integer> a = new ArrayList<>();
    for (int j = 0; j < data.numAttributes(); j++) {
      if (j != data.classIndex() && data.attribute(j).isNumeric()) {
        a.add(j);
      }
    }
    return a.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The sample standard deviation (n - 1) of an attribute over some rows, missing values left out; 0 below two. */
  private static double std(Instances data, int[] rows, int att) {
    double s = 0;
    double ss = 0;
    int cnt = 0;
    for (int r : rows) {
      double x = data.instance(r).value(att);
      if (!Utils.isMissingValue(x)) {
        s += x;
        ss += x * x;
        cnt++;
      }
    }
    return cnt < 2 ? 0 : Math.sqrt(Math.max(0, (ss - s * s / cnt) / (cnt - 1)));
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tShrinkage of the smoothed bootstrap (ROSE); 0 = plain copies (default 0)", "shrinkage", 1,
      "-shrinkage <s>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setShrinkage(OptionValues.getDouble("shrinkage", options, 0));
    super.setOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-shrinkage", "" + m_Shrinkage);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String shrinkageTipText() {
    return "0 (default): new instances are plain copies. s > 0: ROSE's smoothed bootstrap, Gaussian noise of "
      + "standard deviation s h sigma_j on each numeric attribute (1 = ROSE's default kernel).";
  }

  public double getShrinkage() {
    return m_Shrinkage;
  }

  /** @param s the shrinkage, finite and &gt;= 0 */
  public void setShrinkage(double s) {
    m_Shrinkage = OptionValues.nonNegative("shrinkage", s);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new RandomOverSampler(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "RandomOverSampler", () -> m_SavedByRelease);
  }
}
