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
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Randomizable;
import weka.core.Utils;
import weka.experiment.RandomSplitResultProducer;
import weka.filters.Filter;
import weka.filters.supervised.instance.LongTailSubsample;
import weka.imbalance.ClassPriors;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;

/**
 * An Experimenter result producer for the long-tail benchmark protocol of the deep long-tail
 * papers: each run splits the (balanced) data set per class into a training part and a test
 * part, makes the training part long-tailed with a filter (by default {@link LongTailSubsample},
 * seeded with the run number), and keeps the test part <b>balanced</b> (every class cut to the
 * smallest class's test count), so that test accuracy is balanced accuracy and every class is
 * measured on the same number of instances. The shot groups of the metrics then come from the
 * long-tailed training counts.
 *
 * <p>Instances with a missing class go to the training part (they cannot be scored). Usable in
 * the Experimenter's advanced setup as any result producer; {@code ImbalanceComparison -lt}
 * uses it.
 */
public class LongTailSplitResultProducer extends RandomSplitResultProducer {

  private static final long serialVersionUID = -6930386516364658447L;

  /** Default percentage of each class that goes to the training part. */
  public static final double DEFAULT_TRAIN_PERCENT = 70;

  /** The release that saved this object (see {@link Release}). */
  private String m_SavedByRelease = Release.VERSION;

  private Filter m_longTailFilter = new LongTailSubsample();

  private final java.util.Map<String, List<double[]>> m_trainingCounts = new java.util.HashMap<>();

  /** A producer with the default split and long-tail filter. */
  public LongTailSplitResultProducer() {
    setTrainPercent(DEFAULT_TRAIN_PERCENT);
  }

  @Override
  public String globalInfo() {
    return "Splits each class of the data into a training and a test part, makes the training part long-tailed "
      + "with a filter (LongTailSubsample by default, seeded with the run number) and keeps the test part "
      + "balanced, as the deep long-tail papers evaluate (balanced test set, long-tailed training set).";
  }

  /** @return the filter that makes the training part long-tailed */
  public Filter getLongTailFilter() {
    return m_longTailFilter;
  }

  /** @param f the filter that makes the training part long-tailed (first batch only) */
  public void setLongTailFilter(Filter f) {
    m_longTailFilter = f;
  }

  /** @return tip text for the property */
  public String longTailFilterTipText() {
    return "The filter that makes the training part long-tailed; a Randomizable filter gets the run number as seed.";
  }

  /**
   * @param relation a data set's relation name
   * @return the mean per-class training counts of its runs done so far, or null before the first
   */
  public double[] meanTrainingCounts(String relation) {
    List<double[]> runs = m_trainingCounts.get(relation);
    if (runs == null || runs.isEmpty()) {
      return null;
    }
    double[] mean = new double[runs.get(0).length];
    for (double[] c : runs) {
      for (int k = 0; k < mean.length; k++) {
        mean[k] += c[k] / runs.size();
      }
    }
    return mean;
  }

  /**
   * The training and test parts of one run.
   *
   * @param data the data
   * @param run the run number (the seed)
   * @return {training part, balanced test part}
   * @throws Exception if the filter fails
   */
  public Instances[] split(Instances data, int run) throws Exception {
    Random rand = new Random(run);
    Instances shuffled = new Instances(data);
    shuffled.randomize(rand);
    int c = shuffled.numClasses();
    List<List<Instance>> byClass = new ArrayList<>();
    for (int k = 0; k < c; k++) {
      byClass.add(new ArrayList<>());
    }
    Instances train = new Instances(shuffled, shuffled.numInstances());
    for (Instance inst : shuffled) {
      if (inst.classIsMissing()) {
        train.add(inst);
      } else {
        byClass.get((int) inst.classValue()).add(inst);
      }
    }
    int minTest = Integer.MAX_VALUE;
    int[] trainSize = new int[c];
    for (int k = 0; k < c; k++) {
      int n = byClass.get(k).size();
      trainSize[k] = (int) Math.round(n * getTrainPercent() / 100);
      if (n - trainSize[k] > 0) {
        minTest = Math.min(minTest, n - trainSize[k]);
      }
    }
    Instances test = new Instances(shuffled, shuffled.numInstances());
    for (int k = 0; k < c; k++) {
      List<Instance> list = byClass.get(k);
      for (int i = 0; i < list.size(); i++) {
        if (i < trainSize[k]) {
          train.add(list.get(i));
        } else if (i - trainSize[k] < minTest) {
          test.add(list.get(i));
        }
      }
    }
    Filter f = Filter.makeCopy(m_longTailFilter);
    if (f instanceof Randomizable) {
      ((Randomizable) f).setSeed(run);
    }
    f.setInputFormat(train);
    Instances longTailed = Filter.useFilter(train, f);
    longTailed.randomize(rand);
    return new Instances[] {longTailed, test};
  }

  @Override
  public void doRun(int run) throws Exception {
    if (m_Instances == null) {
      throw new Exception("No Instances set");
    }
    if (!m_Instances.classAttribute().isNominal()) {
      throw new weka.core.UnsupportedClassTypeException("LongTailSplitResultProducer needs a nominal class");
    }
    Object[] seKey = m_SplitEvaluator.getKey();
    Object[] key = new Object[seKey.length + 2];
    key[0] = Utils.backQuoteChars(m_Instances.relationName());
    key[1] = "" + run;
    System.arraycopy(seKey, 0, key, 2, seKey.length);
    if (m_ResultListener.isResultRequired(this, key)) {
      Instances[] parts = split(m_Instances, run);
      m_trainingCounts.computeIfAbsent(m_Instances.relationName(), r -> new ArrayList<>())
        .add(ClassPriors.weightedCounts(parts[0]));
      Object[] seResults = m_SplitEvaluator.getResult(parts[0], parts[1]);
      Object[] results = new Object[seResults.length + 1];
      results[0] = getTimestamp();
      System.arraycopy(seResults, 0, results, 1, seResults.length);
      m_ResultListener.acceptResult(this, key, results);
    }
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe filter that makes the training part long-tailed, with its options.\n"
      + "\t(default: weka.filters.supervised.instance.LongTailSubsample)", "lt", 1, "-lt \"<filter spec>\""));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    m_longTailFilter = OptionValues.getObject("lt", options, Filter.class, new LongTailSubsample());
    boolean hasP = Utils.getOptionPos('P', options) >= 0;
    super.setOptions(options);
    if (!hasP) {
      setTrainPercent(DEFAULT_TRAIN_PERCENT);
    }
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    o.add("-lt");
    o.add(Utils.toCommandLine(m_longTailFilter));
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "LongTailSplitResultProducer", () -> m_SavedByRelease);
  }
}
