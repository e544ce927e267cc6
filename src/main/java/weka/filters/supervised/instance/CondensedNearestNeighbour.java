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
 * Hart's condensed nearest neighbour rule; see {@link #globalInfo()}. The rule is {@link CleaningRules#condensed}.
 */
public class CondensedNearestNeighbour extends CleaningFilter {

  private static final long serialVersionUID = 7720913864251938861L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public String globalInfo() {
    return "Condensed nearest neighbour (CNN, Hart): keeps a consistent subset of each class chosen with -classes "
      + "(default every class but the smallest). The store starts with the smallest class and one random "
      + "instance of the class; the class's instances are visited in order and each one that 1-NN on the store "
      + "misclassifies joins it; passes repeat until one adds nothing (Hart's rule; imbalanced-learn makes one "
      + "pass), so every removed instance is classified correctly by 1-NN on the smallest class and the kept "
      + "instances of its class. The seed (-S) picks the first instance. Any number of classes." + sharedInfo()
      + "\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  public TechnicalInformation getTechnicalInformation() {
    return Citations.hart1968();
  }

  @Override
  protected boolean[] removed(Neighbourhood nb, Random random) throws Exception {
    return CleaningRules.condensed(nb, m_Classes, random);
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
    runFilter(new CondensedNearestNeighbour(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "CondensedNearestNeighbour", () -> m_SavedByRelease);
  }
}
