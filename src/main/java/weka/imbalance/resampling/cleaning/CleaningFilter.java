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
import weka.core.SelectedTag;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.ExactSearch;
import weka.imbalance.resampling.MixedDistance;
import weka.imbalance.resampling.ResamplingFilter;

/**
 * The base of the under-samplers that choose which instances go (Tomek links, ENN, NearMiss, ...):
 * on the first batch the labelled instances are embedded by {@link MixedDistance}, the rule
 * ({@link #removed}) marks the instances it removes, and the rest is returned in input order with
 * its weights; instances with a missing class pass through. Later batches pass through
 * ({@link ResamplingFilter}). Options shared by all rules: which classes may lose instances
 * ({@code -classes}), the numeric scaling and the nominal distance.
 */
public abstract class CleaningFilter extends UndersamplingFilter {

  private static final long serialVersionUID = -2710563981126640151L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  /** Numeric scaling: range (the package's and Weka's IBk default); none is imbalanced-learn's. */
  public static final int DEFAULT_SCALING = 0;

  protected int m_Scaling = DEFAULT_SCALING;
  protected int m_Nominal = 0;

  /**
   * The rule: which labelled instances go.
   *
   * @param nb the labelled instances of the first batch (positions in input order)
   * @param random the batch's generator
   * @return per position, whether it is removed
   * @throws Exception if the rule fails
   */
  protected abstract boolean[] removed(Neighbourhood nb, Random random) throws Exception;

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.enableAllAttributes();
    result.enable(Capability.MISSING_VALUES);
    return result;
  }

  @Override
  protected Instances process(Instances data) throws Exception {
    if (isFirstBatchDone()) {
      return new Instances(data);
    }
    int[] labelled = new int[data.numInstances()];
    int n = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      if (!data.instance(i).classIsMissing()) {
        labelled[n++] = i;
      }
    }
    labelled = java.util.Arrays.copyOf(labelled, n);
    int[] y = new int[n];
    for (int p = 0; p < n; p++) {
      y[p] = (int) data.instance(labelled[p]).classValue();
    }
    MixedDistance distance = new MixedDistance(data, MixedDistance.Scaling.values()[m_Scaling],
      MixedDistance.NominalMetric.values()[m_Nominal]);
    Neighbourhood nb = new Neighbourhood(distance.embed(data, labelled), distance.dimension(), y, data.numClasses(),
      new ExactSearch());
    boolean[] removed = removed(nb, new Random(getSeed()));
    boolean[] drop = new boolean[data.numInstances()];
    for (int p = 0; p < n; p++) {
      drop[labelled[p]] = removed[p];
    }
    Instances out = new Instances(data, data.numInstances());
    for (int i = 0; i < data.numInstances(); i++) {
      if (!drop[i]) {
        out.add(data.instance(i));
      }
    }
    report(data, out);
    return out;
  }

  // ------------------------------------------------------------ options

  /** @return the shared options: -scaling, -nominal-distance, then -classes, -S and the batch options */
  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tNumeric scaling: " + OptionValues.tagNames(MixedDistance.TAGS_SCALING)
      + " (default range; none is imbalanced-learn's)", "scaling", 1, "-scaling <mode>"));
    v.add(new Option("\tNominal distance: " + OptionValues.tagNames(MixedDistance.TAGS_NOMINAL)
      + " (default smote-nc)", "nominal-distance", 1, "-nominal-distance <mode>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  /** Reads the shared options, then -classes, -S and the batch options; a subclass reads its own first. */
  @Override
  public void setOptions(String[] options) throws Exception {
    m_Scaling = OptionValues.getTag("scaling", options, MixedDistance.TAGS_SCALING, DEFAULT_SCALING);
    m_Nominal = OptionValues.getTag("nominal-distance", options, MixedDistance.TAGS_NOMINAL, 0);
    super.setOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-scaling",
      OptionValues.tagName(MixedDistance.TAGS_SCALING, m_Scaling), "-nominal-distance",
      OptionValues.tagName(MixedDistance.TAGS_NOMINAL, m_Nominal));
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String scalingTipText() {
    return "Scaling of numeric attributes for the distance (statistics of the first batch): range (default, as "
      + "Weka's IBk), std, or none (imbalanced-learn's, which uses the raw values).";
  }

  public SelectedTag getScaling() {
    return new SelectedTag(m_Scaling, MixedDistance.TAGS_SCALING);
  }

  public void setScaling(SelectedTag t) {
    m_Scaling = OptionValues.tagId("scaling", t, MixedDistance.TAGS_SCALING);
  }

  public String nominalDistanceTipText() {
    return "How nominal attributes count in the distance: smote-nc (each differing value adds the squared median "
      + "standard deviation of the numeric attributes) or vdm (value difference metric).";
  }

  public SelectedTag getNominalDistance() {
    return new SelectedTag(m_Nominal, MixedDistance.TAGS_NOMINAL);
  }

  public void setNominalDistance(SelectedTag t) {
    m_Nominal = OptionValues.tagId("nominal-distance", t, MixedDistance.TAGS_NOMINAL);
  }

  /** The description of the shared behaviour, for the end of each rule's globalInfo. */
  protected static String sharedInfo() {
    return " Distances are Euclidean on numeric attributes scaled to [0, 1] by default (-scaling none gives "
      + "imbalanced-learn's raw distances), nominal attributes enter through SMOTE-NC or the value difference "
      + "metric, missing values are skipped; neighbour ties go to the earlier instance. Kept instances keep their "
      + "order and weight (the weights do not enter the rule); instances with a missing class pass through. Only "
      + "the first batch is cleaned, so the filter can be used in the FilteredClassifier. What was removed per "
      + "class is printed with -output-debug-info.";
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "cleaning filter", () -> m_SavedByRelease);
  }
}
