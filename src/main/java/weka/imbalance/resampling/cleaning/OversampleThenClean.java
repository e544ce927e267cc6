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
package weka.imbalance.resampling.cleaning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Randomizable;
import weka.core.Utils;
import weka.filters.Filter;
import weka.filters.supervised.instance.SMOTEWithUndersampling;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.ResamplingFilter;
import weka.imbalance.resampling.SamplingPlan;
import weka.imbalance.resampling.strategy.EqualCounts;

/**
 * An over-sampler followed by a cleaning rule on its output (SMOTE + ENN, SMOTE + Tomek links):
 * on the first batch, fresh copies of both filters run one after the other, both seeded with this
 * filter's seed; later batches pass through ({@link ResamplingFilter}).
 */
public abstract class OversampleThenClean extends ResamplingFilter {

  private static final long serialVersionUID = 8814203563316970915L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  /** Where the short class names of -oversampler and -cleaning are looked up. */
  static final String[] PACKAGES = {"weka.filters.supervised.instance"};

  protected Filter m_Oversampler = defaultOversampler();
  protected Filter m_Cleaning = defaultCleaning();

  /** @return imbalanced-learn's SMOTE: every class raised to the largest class's count, k = 5 */
  public static Filter defaultOversampler() {
    SMOTEWithUndersampling s = new SMOTEWithUndersampling();
    s.setSamplingStrategy(EqualCounts.at(EqualCounts.MAJORITY));
    return s;
  }

  /** @return the cleaning rule of a filter given no option */
  protected abstract Filter defaultCleaning();

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.enableAllAttributes();
    result.enable(Capability.MISSING_VALUES);
    return result;
  }

  /** Not used: the two filters make their own plans. */
  @Override
  protected SamplingPlan plan(int[] counts, Instances data, Random random) {
    return new SamplingPlan(counts, counts);
  }

  @Override
  protected Instances process(Instances data) throws Exception {
    if (isFirstBatchDone()) {
      return new Instances(data);
    }
    Instances over = run(m_Oversampler, data);
    Instances out = run(m_Cleaning, over);
    int[] before = classCounts(classRows(data));
    int[] middle = classCounts(classRows(over));
    int[] after = classCounts(classRows(out));
    setLastPlan(new SamplingPlan(before, after));
    if (getDebug()) {
      System.err.println(getClass().getSimpleName() + ": " + OptionValues.toSpec(m_Oversampler) + " then "
        + OptionValues.toSpec(m_Cleaning) + "\nafter over-sampling:\n" + new SamplingPlan(before, middle).report(
          data.classAttribute()) + "after cleaning:\n" + new SamplingPlan(middle, after).report(data.classAttribute()));
    }
    return out;
  }

  /** Runs a fresh, seeded copy of a filter on data. */
  private Instances run(Filter template, Instances data) throws Exception {
    Filter f = Filter.makeCopy(template);
    if (f instanceof Randomizable) {
      ((Randomizable) f).setSeed(getSeed());
    }
    f.setInputFormat(data);
    return Filter.useFilter(data, f);
  }

  // ------------------------------------------------------------ options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe over-sampler, class name and options (default " + OptionValues.toSpec(
      defaultOversampler()) + ")", "oversampler", 1, "-oversampler \"<filter>\""));
    v.add(new Option("\tThe cleaning rule, class name and options (default " + OptionValues.toSpec(defaultCleaning())
      + ")", "cleaning", 1, "-cleaning \"<filter>\""));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    String o = Utils.getOption("oversampler", options);
    setOversampler(o.isEmpty() ? defaultOversampler() : OptionValues.fromSpec(Filter.class, "oversampler", o, PACKAGES));
    String c = Utils.getOption("cleaning", options);
    setCleaning(c.isEmpty() ? defaultCleaning() : OptionValues.fromSpec(Filter.class, "cleaning", c, PACKAGES));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-oversampler", OptionValues.toSpec(m_Oversampler), "-cleaning",
      OptionValues.toSpec(m_Cleaning));
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String oversamplerTipText() {
    return "The over-sampler run first (its seed is replaced by this filter's); by default SMOTEWithUndersampling "
      + "raising every class to the largest class's count, as imbalanced-learn's SMOTE.";
  }

  public Filter getOversampler() {
    return m_Oversampler;
  }

  /** @param f the over-sampler (not null) */
  public void setOversampler(Filter f) {
    OptionValues.require(f != null, "oversampler", f, "a filter");
    m_Oversampler = f;
  }

  public String cleaningTipText() {
    return "The cleaning rule run on the over-sampler's output (its seed is replaced by this filter's); by "
      + "default it may remove instances of every class, synthetic or not, as in imbalanced-learn.";
  }

  public Filter getCleaning() {
    return m_Cleaning;
  }

  /** @param f the cleaning rule (not null) */
  public void setCleaning(Filter f) {
    OptionValues.require(f != null, "cleaning", f, "a filter");
    m_Cleaning = f;
  }

  /** The description of the shared behaviour, for the end of each combination's globalInfo. */
  protected static String sharedInfo() {
    return " Both steps see only the first batch, so the filter can be used in the FilteredClassifier; instances "
      + "keep their weights through the cleaning (synthetic ones get their base instance's); the class counts "
      + "after each step are printed with -output-debug-info. Any number of classes; nominal attributes as in "
      + "the two filters.";
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "over-sampling and cleaning filter", () -> m_SavedByRelease);
  }
}
