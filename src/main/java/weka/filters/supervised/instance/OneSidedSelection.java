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

import java.util.Random;

import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.imbalance.Citations;
import weka.imbalance.Release;
import weka.imbalance.resampling.cleaning.CleaningFilter;
import weka.imbalance.resampling.cleaning.CleaningRules;
import weka.imbalance.resampling.cleaning.Neighbourhood;

/**
 * Kubat and Matwin's one-sided selection; see {@link #globalInfo()}. The rule is {@link CleaningRules#oneSided}.
 */
public class OneSidedSelection extends CleaningFilter {

  private static final long serialVersionUID = -3345127460293516717L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public String globalInfo() {
    return "One-sided selection (OSS, Kubat and Matwin): for each class chosen with -classes (default every class "
      + "but the smallest), keeps one random instance and the instances that 1-NN on the smallest class plus "
      + "that instance misclassifies (the others are redundant); then removes the Tomek links of those classes "
      + "from what is left (borderline and noisy instances). The seed (-S) picks the random instances. Any "
      + "number of classes." + sharedInfo()
      + "\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  public TechnicalInformation getTechnicalInformation() {
    return Citations.kubat1997();
  }

  @Override
  protected boolean[] removed(Neighbourhood nb, Random random) throws Exception {
    return CleaningRules.oneSided(nb, m_Classes, random);
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new OneSidedSelection(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "OneSidedSelection", () -> m_SavedByRelease);
  }
}
