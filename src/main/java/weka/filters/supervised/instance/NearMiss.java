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
 * NearMiss-1, -2 and -3 (Mani and Zhang); see {@link #globalInfo()}. The rule is
 * {@link CleaningRules#nearMiss}.
 */
public class NearMiss extends CleaningFilter {

  private static final long serialVersionUID = -4131092364587110383L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public static final int DEFAULT_VERSION = 1;
  public static final int DEFAULT_NEIGHBOURS = 3;

  protected int m_Version = DEFAULT_VERSION;
  protected int m_Neighbours = DEFAULT_NEIGHBOURS;
  protected int m_Neighbours3 = DEFAULT_NEIGHBOURS;

  public String globalInfo() {
    return "NearMiss: under-samples every class chosen with -classes (default every class but the smallest) to "
      + "the smallest class's count, keeping the instances nearest to the smallest class. NearMiss-1 (the "
      + "default) keeps those with the smallest mean distance to their k nearest minority instances, NearMiss-2 "
      + "those with the smallest mean distance to their k farthest minority instances, NearMiss-3 first "
      + "shortlists the -K3 nearest instances of the class of every minority instance, then keeps those of the "
      + "shortlist with the largest mean distance to their k nearest minority instances (so it can keep fewer "
      + "than the minority's count). Ties go to the earlier instance. The rule is deterministic (the seed is not "
      + "used); any number of classes; k is reduced to the minority's size." + sharedInfo()
      + "\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  public TechnicalInformation getTechnicalInformation() {
    return Citations.mani2003();
  }

  @Override
  protected boolean[] removed(Neighbourhood nb, Random random) throws Exception {
    return CleaningRules.nearMiss(nb, m_Version, m_Neighbours, m_Neighbours3, m_Classes);
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe version: 1, 2 or 3 (default " + DEFAULT_VERSION + ")", "version", 1, "-version <num>"));
    v.add(new Option("\tMinority neighbours k of the mean distances (default " + DEFAULT_NEIGHBOURS + ")", "K", 1,
      "-K <num>"));
    v.add(new Option("\tNearMiss-3: neighbours of each minority instance shortlisted (default "
      + DEFAULT_NEIGHBOURS + ")", "K3", 1, "-K3 <num>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setVersion(OptionValues.getInt("version", options, DEFAULT_VERSION));
    setNearestNeighbors(OptionValues.getInt("K", options, DEFAULT_NEIGHBOURS));
    setNearestNeighbors3(OptionValues.getInt("K3", options, DEFAULT_NEIGHBOURS));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-version", "" + m_Version, "-K", "" + m_Neighbours, "-K3", "" + m_Neighbours3);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String versionTipText() {
    return "1: nearest to the k nearest minority instances; 2: nearest to the k farthest; 3: shortlist by the "
      + "minority's neighbours, then the farthest from the k nearest minority instances.";
  }

  public int getVersion() {
    return m_Version;
  }

  /** @param v 1, 2 or 3 */
  public void setVersion(int v) {
    OptionValues.require(v >= 1 && v <= 3, "version", v, "1, 2 or 3");
    m_Version = v;
  }

  public String nearestNeighborsTipText() {
    return "The number k of minority neighbours whose distances are averaged (3, imbalanced-learn's default).";
  }

  public int getNearestNeighbors() {
    return m_Neighbours;
  }

  /** @param k the number of neighbours, &gt;= 1 */
  public void setNearestNeighbors(int k) {
    m_Neighbours = OptionValues.atLeast("K", k, 1);
  }

  public String nearestNeighbors3TipText() {
    return "NearMiss-3 only: how many nearest instances of each class every minority instance shortlists (3).";
  }

  public int getNearestNeighbors3() {
    return m_Neighbours3;
  }

  /** @param k the number of neighbours, &gt;= 1 */
  public void setNearestNeighbors3(int k) {
    m_Neighbours3 = OptionValues.atLeast("K3", k, 1);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new NearMiss(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "NearMiss", () -> m_SavedByRelease);
  }
}
