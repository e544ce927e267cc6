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

import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.cleaning.CleaningFilter;
import weka.imbalance.resampling.cleaning.CleaningRules;
import weka.imbalance.resampling.cleaning.Neighbourhood;

/**
 * Wilson's edited nearest neighbours; see {@link #globalInfo()}. The rule is
 * {@link CleaningRules#edited}; {@link RepeatedEditedNearestNeighbours} and {@link AllKNN} repeat it
 * and share its options (-K, -kind).
 */
public class EditedNearestNeighbours extends CleaningFilter {

  private static final long serialVersionUID = -5360233453286357521L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public static final int DEFAULT_NEIGHBOURS = 3;

  public static final int KIND_ALL = 0, KIND_MODE = 1;
  public static final Tag[] TAGS_KIND = {
    new Tag(KIND_ALL, "all", "removed unless all k neighbours share its class", false),
    new Tag(KIND_MODE, "mode", "removed unless its class is the neighbours' most common", false) };

  protected int m_Neighbours = DEFAULT_NEIGHBOURS;
  protected int m_Kind = KIND_ALL;

  public String globalInfo() {
    return "Edited nearest neighbours (ENN): removes the instances that their k nearest neighbours (k = 3 by "
      + "default) do not agree with: with -kind all (the default, imbalanced-learn's) an instance goes unless all "
      + "its neighbours share its class, with -kind mode (Wilson's rule) unless its class is their most common "
      + "one (the smallest class index on ties). Only instances of the classes chosen with -classes are removed "
      + "(default: every class but the smallest). Any number of classes; k is reduced to the number of instances "
      + "- 1." + sharedInfo() + "\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  public TechnicalInformation getTechnicalInformation() {
    return Citations.wilson1972();
  }

  @Override
  protected boolean[] removed(Neighbourhood nb, Random random) throws Exception {
    return CleaningRules.edited(nb, nb.all(), m_Neighbours, m_Kind == KIND_MODE,
      CleaningRules.cleanable(nb.counts(nb.all()), m_Classes));
  }

  // ------------------------------------------------------------ options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tNumber of nearest neighbours k (default " + DEFAULT_NEIGHBOURS + ")", "K", 1, "-K <num>"));
    v.add(new Option("\tWhich neighbours must agree: " + OptionValues.tagNames(TAGS_KIND) + " (default all)", "kind",
      1, "-kind <all|mode>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setNearestNeighbors(OptionValues.getInt("K", options, DEFAULT_NEIGHBOURS));
    m_Kind = OptionValues.getTag("kind", options, TAGS_KIND, KIND_ALL);
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-K", "" + m_Neighbours, "-kind", OptionValues.tagName(TAGS_KIND, m_Kind));
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String nearestNeighborsTipText() {
    return "The number of nearest neighbours k that vote (3, imbalanced-learn's default).";
  }

  public int getNearestNeighbors() {
    return m_Neighbours;
  }

  /** @param k the number of neighbours, &gt;= 1 */
  public void setNearestNeighbors(int k) {
    m_Neighbours = OptionValues.atLeast("K", k, 1);
  }

  public String kindTipText() {
    return "all: an instance stays only if all its neighbours share its class (imbalanced-learn's default); "
      + "mode: if its class is their most common one (Wilson's rule).";
  }

  public SelectedTag getKind() {
    return new SelectedTag(m_Kind, TAGS_KIND);
  }

  public void setKind(SelectedTag t) {
    m_Kind = OptionValues.tagId("kind", t, TAGS_KIND);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new EditedNearestNeighbours(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "EditedNearestNeighbours", () -> m_SavedByRelease);
  }
}
