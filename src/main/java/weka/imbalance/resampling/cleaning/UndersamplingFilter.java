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

import weka.core.Instances;
import weka.core.Option;
import weka.core.SelectedTag;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.ResamplingFilter;
import weka.imbalance.resampling.SamplingPlan;

/**
 * The base of the under-samplers that decide instance by instance (the cleaning rules, cluster
 * centroids, instance hardness): the {@code -classes} option (which classes may lose instances,
 * imbalanced-learn's {@code sampling_strategy} for cleaning) and the report of the counts before and
 * after. A subclass overrides {@link #process} for the first batch (later ones pass through, see
 * {@link ResamplingFilter}).
 */
public abstract class UndersamplingFilter extends ResamplingFilter {

  private static final long serialVersionUID = 3902758129744610296L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  protected int m_Classes = defaultClasses();

  /** @return the classes that may lose instances by default (imbalanced-learn's 'auto': all but the smallest) */
  protected int defaultClasses() {
    return CleaningRules.NOT_MINORITY;
  }

  /** Not used: these filters decide instance by instance, not from the class counts. */
  @Override
  protected SamplingPlan plan(int[] counts, Instances data, Random random) {
    return new SamplingPlan(counts, counts);
  }

  /**
   * Keeps the class counts before and after for {@link #getLastPlan()} and prints them with
   * {@code -output-debug-info}.
   *
   * @param data the first batch
   * @param out the output
   */
  protected void report(Instances data, Instances out) {
    setLastPlan(new SamplingPlan(classCounts(classRows(data)), classCounts(classRows(out))));
    if (getDebug()) {
      System.err.println(getClass().getSimpleName() + ", instances per class:\n"
        + getLastPlan().report(data.classAttribute()));
    }
  }

  /** @return -classes, then -S and the batch options */
  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe classes that may lose instances: " + OptionValues.tagNames(CleaningRules.TAGS_CLASSES)
      + "\n\t(default " + OptionValues.tagName(CleaningRules.TAGS_CLASSES, defaultClasses()) + ")", "classes", 1,
      "-classes <which>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  /** Reads -classes, then -S and the batch options; a subclass reads its own first. */
  @Override
  public void setOptions(String[] options) throws Exception {
    m_Classes = OptionValues.getTag("classes", options, CleaningRules.TAGS_CLASSES, defaultClasses());
    super.setOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-classes", OptionValues.tagName(CleaningRules.TAGS_CLASSES, m_Classes));
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String classesTipText() {
    return "The classes that may lose instances: not-minority (every class but the smallest, imbalanced-learn's "
      + "'auto'), majority, not-majority or all.";
  }

  public SelectedTag getClasses() {
    return new SelectedTag(m_Classes, CleaningRules.TAGS_CLASSES);
  }

  public void setClasses(SelectedTag t) {
    m_Classes = OptionValues.tagId("classes", t, CleaningRules.TAGS_CLASSES);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "under-sampling filter", () -> m_SavedByRelease);
  }
}
