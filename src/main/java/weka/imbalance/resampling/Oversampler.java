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
import java.util.Vector;

import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Utils;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.strategy.EqualCounts;
import weka.imbalance.resampling.strategy.SamplingStrategy;

/**
 * What the over-samplers share (ADASYN, Borderline-SMOTE, random over-sampling): the plan from a
 * {@link SamplingStrategy} ({@code -strategy}; by default imbalanced-learn's {@code 'auto'}, every
 * class raised to the majority count) and {@code -W} (keep each class's total weight). A strategy
 * that lowers a class undersamples it at random, as in every {@link ResamplingFilter}.
 */
public abstract class Oversampler extends ResamplingFilter {

  private static final long serialVersionUID = 5129938102437781231L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  /** Where the short class names of -strategy and -search are looked up. */
  public static final String[] PLUGIN_PACKAGES = {"weka.imbalance.resampling.strategy", "weka.imbalance.resampling"};

  private SamplingStrategy m_Strategy = defaultStrategy();
  private boolean m_KeepClassWeight;

  /** @return imbalanced-learn's 'auto' for over-samplers: every class but the majority raised to the majority */
  public static SamplingStrategy defaultStrategy() {
    return EqualCounts.at(EqualCounts.MAJORITY);
  }

  /** Numeric, date, nominal, string and relational attributes, missing values; a subclass may narrow this. */
  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.enable(Capability.NUMERIC_ATTRIBUTES);
    result.enable(Capability.DATE_ATTRIBUTES);
    result.enable(Capability.NOMINAL_ATTRIBUTES);
    result.enable(Capability.STRING_ATTRIBUTES);
    result.enable(Capability.RELATIONAL_ATTRIBUTES);
    result.enable(Capability.MISSING_VALUES);
    return result;
  }

  /**
   * @param counts instances per class
   * @return the strategy's targets
   */
  protected int[] targets(int[] counts, java.util.Random random) {
    return m_Strategy.targets(counts, random);
  }

  /** Applies -W to the output once the instances are made; call at the end of {@link #oversample}. */
  protected void finish(Instances data, Instances out) throws Exception {
    if (m_KeepClassWeight) {
      keepClassWeight(data, out);
    }
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe sampling strategy, class name and options (default " + defaultStrategy() + ":\n"
      + "\tevery class raised to the majority count); classes of weka.imbalance.resampling.strategy\n"
      + "\tmay be named without their package", "strategy", 1, "-strategy \"<strategy>\""));
    v.add(new Option("\tKeep each class's total weight (as SpreadSubsample -W)", "W", 0, "-W"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setSamplingStrategy(OptionValues.getObject("strategy", options, SamplingStrategy.class, defaultStrategy(),
      PLUGIN_PACKAGES));
    setKeepClassWeight(Utils.getFlag('W', options));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    Vector<String> o = new Vector<>();
    Collections.addAll(o, "-strategy", OptionValues.toSpec(m_Strategy));
    if (m_KeepClassWeight) {
      o.add("-W");
    }
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String samplingStrategyTipText() {
    return "How many instances each class ends with: by default every class is raised to the majority count "
      + "(imbalanced-learn's 'auto'); RaiseToRatio, RaiseToCount, ExplicitTargets, EqualCounts -at mean (with "
      + "random undersampling of the larger classes), ...";
  }

  public SamplingStrategy getSamplingStrategy() {
    return m_Strategy;
  }

  /** @param s the strategy (not null) */
  public void setSamplingStrategy(SamplingStrategy s) {
    OptionValues.require(s != null, "strategy", s, "a sampling strategy");
    m_Strategy = s;
  }

  public String keepClassWeightTipText() {
    return "If set, the weights of each class are rescaled so that its total weight is the same as before.";
  }

  public boolean getKeepClassWeight() {
    return m_KeepClassWeight;
  }

  public void setKeepClassWeight(boolean b) {
    m_KeepClassWeight = b;
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, getClass().getSimpleName(), () -> m_SavedByRelease);
  }
}
