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

import java.util.Collections;
import java.util.Enumeration;
import java.util.Random;
import java.util.Vector;

import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Randomizable;
import weka.core.TechnicalInformationHandler;
import weka.core.WeightedInstancesHandler;
import weka.filters.SimpleBatchFilter;
import weka.filters.SupervisedFilter;
import weka.imbalance.ClassPriors;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;

/**
 * What every resampling filter of the package does the same way, so that a sampler is its plan
 * and, if it adds instances, its mechanism:
 * <ul>
 * <li>only the first batch is resampled (later batches, the test data inside a
 * {@code FilteredClassifier}, pass through unchanged), and the caller's data are never modified;</li>
 * <li>instances with a missing class are not counted and pass through;</li>
 * <li>the plan ({@link #plan}: target count per class, from the class counts) is kept for
 * {@link #getLastPlan()} and printed with {@code -output-debug-info};</li>
 * <li>a class whose target is below its count loses a uniformly random subset
 * ({@link RandomSubset}); the kept instances stay in input order with their weights;</li>
 * <li>a class whose target is above its count gets instances from {@link #oversample} (appended
 * after the kept ones);</li>
 * <li>one {@code new Random(seed)} per first batch ({@code -S}), used by the plan, then the
 * undersampling (class by class), then the oversampling: the output depends on the seed only.</li>
 * </ul>
 */
public abstract class ResamplingFilter extends SimpleBatchFilter
  implements SupervisedFilter, Randomizable, TechnicalInformationHandler, WeightedInstancesHandler {

  private static final long serialVersionUID = 2713908542017165342L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public static final int DEFAULT_SEED = 1;

  private int m_Seed = DEFAULT_SEED;

  /** The plan of the last first batch (null before). */
  private SamplingPlan m_LastPlan;

  /**
   * The target count of every class.
   *
   * @param counts instances per class
   * @param data the first batch (for messages and data-dependent checks)
   * @param random the batch's generator
   * @return the plan
   * @throws Exception if the options do not fit the data
   */
  protected abstract SamplingPlan plan(int[] counts, Instances data, Random random) throws Exception;

  /**
   * Appends to {@code out} the instances of each class the plan raises. The default, for a filter
   * that only undersamples, refuses a plan that raises a class.
   *
   * @param data the first batch
   * @param rows the rows of each class in data
   * @param plan the plan
   * @param random the batch's generator (after the undersampling's draws)
   * @param out the output so far (the kept instances)
   * @throws Exception if the instances cannot be made
   */
  protected void oversample(Instances data, int[][] rows, SamplingPlan plan, Random random, Instances out)
    throws Exception {
    for (int c = 0; c < plan.numClasses(); c++) {
      if (plan.after(c) > plan.before(c)) {
        throw new IllegalStateException(getClass().getSimpleName() + " only removes instances, but its plan "
          + "raises class " + data.classAttribute().value(c));
      }
    }
  }

  /**
   * The capabilities every resampling filter shares: a nominal class (missing values pass through),
   * any number of instances; a subclass enables the attribute types it handles.
   */
  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.disableAll();
    result.enable(Capability.NOMINAL_CLASS);
    result.enable(Capability.MISSING_CLASS_VALUES);
    result.setMinimumNumberInstances(0);
    return result;
  }

  @Override
  protected Instances determineOutputFormat(Instances inputFormat) {
    return new Instances(inputFormat, 0);
  }

  /** @return the plan used on the last first batch, or null */
  public SamplingPlan getLastPlan() {
    return m_LastPlan;
  }

  /** For a subclass reading an object saved before the plan lived here. */
  protected void setLastPlan(SamplingPlan plan) {
    m_LastPlan = plan;
  }

  @Override
  protected Instances process(Instances instances) throws Exception {
    if (isFirstBatchDone()) {
      return new Instances(instances);
    }
    int[][] rows = classRows(instances);
    Random random = new Random(m_Seed);
    SamplingPlan plan = plan(classCounts(rows), instances, random);
    m_LastPlan = plan;
    boolean[] drop = new boolean[instances.numInstances()];
    for (int c = 0; c < rows.length; c++) {
      int remove = plan.before(c) - plan.after(c);
      if (remove > 0) {
        int[] r = RandomSubset.chooseFirst(rows[c].clone(), remove, random);
        for (int i = 0; i < remove; i++) {
          drop[r[i]] = true;
        }
      }
    }
    Instances out = new Instances(instances, instances.numInstances());
    for (int i = 0; i < instances.numInstances(); i++) {
      if (!drop[i]) {
        out.add(instances.instance(i));
      }
    }
    oversample(instances, rows, plan, random, out);
    if (getDebug()) {
      System.err.println(getClass().getSimpleName() + " plan:\n" + plan.report(instances.classAttribute()));
    }
    return out;
  }

  /**
   * @param data data with a nominal class
   * @return for each class, the indices of its instances in data, in order (missing class: none)
   */
  public static int[][] classRows(Instances data) {
    int nc = data.numClasses();
    int[] n = new int[nc];
    for (Instance inst : data) {
      if (!inst.classIsMissing()) {
        n[(int) inst.classValue()]++;
      }
    }
    int[][] rows = new int[nc][];
    for (int c = 0; c < nc; c++) {
      rows[c] = new int[n[c]];
    }
    int[] fill = new int[nc];
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      if (!inst.classIsMissing()) {
        int c = (int) inst.classValue();
        rows[c][fill[c]++] = i;
      }
    }
    return rows;
  }

  /**
   * @param rows the rows of each class, as {@link #classRows} gives them
   * @return the number of instances of each class
   */
  public static int[] classCounts(int[][] rows) {
    int[] counts = new int[rows.length];
    for (int c = 0; c < rows.length; c++) {
      counts[c] = rows[c].length;
    }
    return counts;
  }

  /**
   * Rescales the weights of each class of out so that its total equals the one in in (the -W option
   * of the oversamplers, as SpreadSubsample -W).
   *
   * @param in the data before resampling
   * @param out the resampled data (weights changed in place)
   * @throws Exception if the class counts cannot be computed
   */
  protected static void keepClassWeight(Instances in, Instances out) throws Exception {
    double[] before = ClassPriors.weightedCounts(in);
    double[] after = ClassPriors.weightedCounts(out);
    for (Instance inst : out) {
      if (!inst.classIsMissing()) {
        int c = (int) inst.classValue();
        if (after[c] > 0) {
          inst.setWeight(inst.weight() * before[c] / after[c]);
        }
      }
    }
  }

  /**
   * Runs a filter from the command line as Weka's {@link weka.filters.Filter#runFilter} does, with
   * a faster writer of the same ARFF ({@link ArffOutput}); every resampling filter's {@code main}
   * calls it.
   *
   * @param filter the filter
   * @param options the command line
   */
  public static void runFilter(weka.filters.Filter filter, String[] options) {
    ArffOutput.runFilter(filter, options);
  }

  // ------------------------------------------------------------ the seed option

  /** @return -S, then the options of SimpleBatchFilter (debug, capabilities check, batch size) */
  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tRandom seed (default " + DEFAULT_SEED + ")", "S", 1, "-S <num>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  /** Reads -S and the options of SimpleBatchFilter; a subclass reads its own first. */
  @Override
  public void setOptions(String[] options) throws Exception {
    setSeed(OptionValues.getInt("S", options, DEFAULT_SEED));
    super.setOptions(options);
  }

  /** @return -S and the options of SimpleBatchFilter */
  @Override
  public String[] getOptions() {
    Vector<String> o = new Vector<>();
    o.add("-S");
    o.add("" + m_Seed);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String seedTipText() {
    return "The random seed (which instances are removed, and how new ones are made).";
  }

  @Override
  public int getSeed() {
    return m_Seed;
  }

  @Override
  public void setSeed(int seed) {
    m_Seed = seed;
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "resampling filter", () -> m_SavedByRelease);
  }
}
