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

import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.LongTailPlan;
import weka.imbalance.resampling.ResamplingFilter;
import weka.imbalance.resampling.SamplingPlan;
import weka.imbalance.resampling.SavedFields;

/**
 * Makes a long-tailed training set from (usually balanced) data by keeping a random subset of each
 * class; see {@link #globalInfo()}. The counts come from {@link LongTailPlan}; the subsets, the
 * first-batch rule and the seed from {@link ResamplingFilter}.
 */
public class LongTailSubsample extends ResamplingFilter {

  private static final long serialVersionUID = 5190342866725390814L;

  /** The release that saved this object (null in models of release 0.1.0, which did not record it). */
  private String m_SavedByRelease = Release.VERSION;

  public static final double DEFAULT_RHO = 100;
  public static final double DEFAULT_MU = 0.5;

  public static final Tag[] TAGS_PROFILE = {
    new Tag(0, "exponential", "n_i = n_max * rho^(-i/(C-1))", false),
    new Tag(1, "step", "a fraction mu keeps n_max, the rest n_max/rho", false) };
  public static final Tag[] TAGS_ORDER = {
    new Tag(0, "index", "class index (label) order", false),
    new Tag(1, "frequency", "most frequent class first", false),
    new Tag(2, "random", "seeded random order", false) };

  protected int m_Profile = 0;
  protected double m_Rho = DEFAULT_RHO;
  protected double m_Mu = DEFAULT_MU;
  protected int m_Order = 0;

  public String globalInfo() {
    return "Makes a long-tailed training set from the data by keeping a random subset of each class, as the "
      + "deep long-tail papers build CIFAR-10-LT and CIFAR-100-LT: with an exponential profile class i "
      + "(i = 0..C-1 in the chosen order) keeps n_i = floor(n_max * rho^(-i/(C-1))) instances, n_max being the "
      + "largest class count and rho the imbalance ratio; with a step profile a fraction mu of the classes "
      + "keeps n_max and the others n_max/rho. Classes are ordered by index, by frequency (largest first) or "
      + "at random (seeded). A class never gains instances; kept instances keep their weight and their order; "
      + "instances with a missing class pass through. Only the first batch is subsampled, so inside the "
      + "FilteredClassifier the test set stays balanced. The counts are printed with -output-debug-info.\n\n"
      + "For more information, see\n\n" + getTechnicalInformation().toString();
  }

  public TechnicalInformation getTechnicalInformation() {
    return Citations.with(Citations.cui2019(), Citations.cao2019());
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.enableAllAttributes();
    result.enable(Capability.MISSING_VALUES);
    return result;
  }

  @Override
  protected SamplingPlan plan(int[] counts, Instances data, Random random) {
    return LongTailPlan.plan(counts, LongTailPlan.Profile.values()[m_Profile], m_Rho, m_Mu,
      LongTailPlan.Order.values()[m_Order], random);
  }

  // ------------------------------------------------------------ options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tProfile: exponential or step (default exponential)", "profile", 1, "-profile <name>"));
    v.add(new Option("\tImbalance ratio rho = n_max / n_min, >= 1 (default " + DEFAULT_RHO + ")", "rho", 1,
      "-rho <ratio>"));
    v.add(new Option("\tStep profile: fraction of classes that keep n_max (default " + DEFAULT_MU + ")", "mu", 1,
      "-mu <fraction>"));
    v.add(new Option("\tClass order: index, frequency or random (default index)", "order", 1, "-order <name>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    m_Profile = OptionValues.getTag("profile", options, TAGS_PROFILE, 0);
    setRho(OptionValues.getDouble("rho", options, DEFAULT_RHO));
    setMu(OptionValues.getDouble("mu", options, DEFAULT_MU));
    m_Order = OptionValues.getTag("order", options, TAGS_ORDER, 0);
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-profile", OptionValues.tagName(TAGS_PROFILE, m_Profile), "-rho", "" + m_Rho, "-mu",
      "" + m_Mu, "-order", OptionValues.tagName(TAGS_ORDER, m_Order));
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String profileTipText() {
    return "exponential: n_i = floor(n_max * rho^(-i/(C-1))); step: a fraction mu of the classes keeps n_max, "
      + "the others floor(n_max / rho).";
  }

  public SelectedTag getProfile() {
    return new SelectedTag(m_Profile, TAGS_PROFILE);
  }

  public void setProfile(SelectedTag t) {
    m_Profile = OptionValues.tagId("profile", t, TAGS_PROFILE);
  }

  public String rhoTipText() {
    return "The imbalance ratio rho = largest / smallest target count (>= 1; 100 and 10 are the usual values).";
  }

  public double getRho() {
    return m_Rho;
  }

  /** @param rho the imbalance ratio, finite and &gt;= 1 */
  public void setRho(double rho) {
    m_Rho = OptionValues.atLeast("rho", rho, 1.0);
  }

  public String muTipText() {
    return "Step profile only: the fraction of classes (first in the order) that keep n_max instances.";
  }

  public double getMu() {
    return m_Mu;
  }

  /** @param mu the head fraction, in [0, 1] */
  public void setMu(double mu) {
    m_Mu = OptionValues.fraction("mu", mu);
  }

  public String classOrderTipText() {
    return "Which class keeps the most: index (label order, the papers' convention), frequency (largest "
      + "first) or random (seeded).";
  }

  public SelectedTag getClassOrder() {
    return new SelectedTag(m_Order, TAGS_ORDER);
  }

  public void setClassOrder(SelectedTag t) {
    m_Order = OptionValues.tagId("order", t, TAGS_ORDER);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new LongTailSubsample(), args);
  }

  /**
   * Reads the fields by name: models of release 0.1.0 also hold the seed and the plan, which now
   * live in the superclass.
   */
  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException {
    SavedFields f = SavedFields.read(in, "LongTailSubsample");
    m_SavedByRelease = f.get("m_SavedByRelease", (String) null);
    m_Profile = f.get("m_Profile", 0);
    m_Rho = f.get("m_Rho", DEFAULT_RHO);
    m_Mu = f.get("m_Mu", DEFAULT_MU);
    m_Order = f.get("m_Order", 0);
    if (f.has("m_Seed")) {
      setSeed(f.get("m_Seed", DEFAULT_SEED));
      setLastPlan(f.get("m_LastPlan", (SamplingPlan) null));
    }
  }
}
