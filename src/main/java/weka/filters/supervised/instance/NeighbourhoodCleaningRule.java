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
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.cleaning.CleaningFilter;
import weka.imbalance.resampling.cleaning.CleaningRules;
import weka.imbalance.resampling.cleaning.Neighbourhood;

/**
 * Laurikkala's neighbourhood cleaning rule; see {@link #globalInfo()}. The rule is
 * {@link CleaningRules#neighbourhoodCleaning}.
 */
public class NeighbourhoodCleaningRule extends CleaningFilter {

  private static final long serialVersionUID = 6637385129546611042L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public static final int DEFAULT_NEIGHBOURS = 3;
  public static final double DEFAULT_THRESHOLD = 0.5;

  protected int m_Neighbours = DEFAULT_NEIGHBOURS;
  protected double m_Threshold = DEFAULT_THRESHOLD;

  public String globalInfo() {
    return "The neighbourhood cleaning rule (NCR) of Laurikkala: removes (1) the instances that edited nearest "
      + "neighbours removes (an instance whose class is not the most common among its k = 3 nearest neighbours) "
      + "and (2) the k nearest neighbours of every minority instance that its own k nearest neighbours "
      + "misclassify by majority vote, when they belong to a class of at least -threshold (0.5) times the "
      + "minority's size. The minority is the smallest class; only instances of the classes chosen with "
      + "-classes (default every class but the smallest) are removed. Any number of classes. This is the "
      + "paper's size rule; imbalanced-learn 0.10 compares class sizes with the data size instead, and 0.12 "
      + "with the minority's size strictly." + sharedInfo() + "\n\nFor more information, see\n\n"
      + getTechnicalInformation().toString();
  }

  public TechnicalInformation getTechnicalInformation() {
    return Citations.laurikkala2001();
  }

  @Override
  protected boolean[] removed(Neighbourhood nb, Random random) throws Exception {
    return CleaningRules.neighbourhoodCleaning(nb, m_Neighbours, m_Threshold, m_Classes);
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tNumber of nearest neighbours k (default " + DEFAULT_NEIGHBOURS + ")", "K", 1, "-K <num>"));
    v.add(new Option("\tA class loses neighbours of misclassified minority instances only if its size is\n"
      + "\tat least this times the minority's (default " + DEFAULT_THRESHOLD + ")", "threshold", 1,
      "-threshold <num>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setNearestNeighbors(OptionValues.getInt("K", options, DEFAULT_NEIGHBOURS));
    setThreshold(OptionValues.getDouble("threshold", options, DEFAULT_THRESHOLD));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-K", "" + m_Neighbours, "-threshold", "" + m_Threshold);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String nearestNeighborsTipText() {
    return "The number of nearest neighbours k (3 in the paper and in imbalanced-learn).";
  }

  public int getNearestNeighbors() {
    return m_Neighbours;
  }

  /** @param k the number of neighbours, &gt;= 1 */
  public void setNearestNeighbors(int k) {
    m_Neighbours = OptionValues.atLeast("K", k, 1);
  }

  public String thresholdTipText() {
    return "A class loses the neighbours of misclassified minority instances only if it has at least this many "
      + "times the minority's instances (0.5 in the paper).";
  }

  public double getThreshold() {
    return m_Threshold;
  }

  /** @param t the size ratio, finite and &gt;= 0 */
  public void setThreshold(double t) {
    m_Threshold = OptionValues.nonNegative("threshold", t);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new NeighbourhoodCleaningRule(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "NeighbourhoodCleaningRule", () -> m_SavedByRelease);
  }
}
