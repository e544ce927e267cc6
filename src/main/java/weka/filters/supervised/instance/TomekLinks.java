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
 * Removes the instances of Tomek links; see {@link #globalInfo()}. The rule is
 * {@link CleaningRules#tomekLinks}; the distance, the classes and the first-batch rule come from
 * {@link CleaningFilter}.
 */
public class TomekLinks extends CleaningFilter {

  private static final long serialVersionUID = 4408158223479012815L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public String globalInfo() {
    return "Removes the instances that form Tomek links: two instances of different classes, each the other's "
      + "nearest neighbour, lie on the class border or are noise. Only instances of the classes chosen with "
      + "-classes are removed: by default every class but the smallest (imbalanced-learn's 'auto'), so a link "
      + "between a minority and a majority instance loses its majority instance; -classes all removes both "
      + "(the cleaning step of SMOTE + Tomek). Any number of classes." + sharedInfo() + "\n\nFor more "
      + "information, see\n\n" + getTechnicalInformation().toString();
  }

  public TechnicalInformation getTechnicalInformation() {
    return Citations.tomek1976cnn();
  }

  @Override
  protected boolean[] removed(Neighbourhood nb, Random random) throws Exception {
    return CleaningRules.tomekLinks(nb, nb.all(), CleaningRules.cleanable(nb.counts(nb.all()), m_Classes));
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
    runFilter(new TomekLinks(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "TomekLinks", () -> m_SavedByRelease);
  }
}
