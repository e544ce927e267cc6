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
import weka.imbalance.Release;
import weka.imbalance.resampling.cleaning.CleaningRules;
import weka.imbalance.resampling.cleaning.Neighbourhood;

/**
 * All-kNN: {@link EditedNearestNeighbours} with k = 1, 2, ..., K in turn; see {@link #globalInfo()}.
 * The loop is {@link CleaningRules#repeatedEdited}.
 */
public class AllKNN extends EditedNearestNeighbours {

  private static final long serialVersionUID = -1903245875713315470L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  protected boolean m_AllowMinority = false;

  @Override
  public String globalInfo() {
    return "All-kNN: applies ENN with 1, 2, ..., K nearest neighbours in turn (K = 3 by default), each round to "
      + "what the previous one left (-kind all or mode). As in imbalanced-learn it stops after a round in which a "
      + "class other than the smallest falls below the smallest class's original count (unless "
      + "-allow-minority), or a class disappears; the classes that may lose instances (-classes, default every "
      + "class but the smallest) are recounted each round. Any number of classes." + sharedInfo()
      + "\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.tomek1976enn();
  }

  @Override
  protected boolean[] removed(Neighbourhood nb, Random random) throws Exception {
    return CleaningRules.repeatedEdited(nb, m_Neighbours, true, m_Neighbours, m_Kind == KIND_MODE, m_Classes,
      m_AllowMinority, null);
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tGo on when a class falls below the smallest class's count", "allow-minority", 0,
      "-allow-minority"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setAllowMinority(Utils.getFlag("allow-minority", options));
    super.setOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    if (m_AllowMinority) {
      o.add("-allow-minority");
    }
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  @Override
  public String nearestNeighborsTipText() {
    return "The largest number of neighbours K: rounds use k = 1, 2, ..., K (3, imbalanced-learn's default).";
  }

  public String allowMinorityTipText() {
    return "Go on when a class other than the smallest falls below the smallest class's original count "
      + "(imbalanced-learn's allow_minority); by default All-kNN stops there.";
  }

  public boolean getAllowMinority() {
    return m_AllowMinority;
  }

  public void setAllowMinority(boolean b) {
    m_AllowMinority = b;
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new AllKNN(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "AllKNN", () -> m_SavedByRelease);
  }
}
