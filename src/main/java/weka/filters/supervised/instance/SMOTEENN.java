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

import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.TechnicalInformation;
import weka.filters.Filter;
import weka.imbalance.Citations;
import weka.imbalance.Release;
import weka.imbalance.resampling.cleaning.CleaningRules;
import weka.imbalance.resampling.cleaning.OversampleThenClean;

/**
 * SMOTE followed by ENN on its output; see {@link #globalInfo()}. The sequence is
 * {@link OversampleThenClean}, the cleaning {@link EditedNearestNeighbours}.
 */
public class SMOTEENN extends OversampleThenClean {

  private static final long serialVersionUID = 5519380172284477140L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public String globalInfo() {
    return "SMOTE + ENN (Batista et al.): over-samples with SMOTE, then removes with edited nearest neighbours (ENN, k = 3, -kind all) the "
      + "instances of any class, original or synthetic, that the cleaning rule finds noisy or on the class "
      + "border, so that the over-sampled classes do not invade each other. Defaults as imbalanced-learn's: "
      + "SMOTEWithUndersampling raising every class to the largest class's count (k = 5), then EditedNearestNeighbours with "
      + "-classes all; both are plug-ins (-oversampler, -cleaning)." + sharedInfo() + "\n\nFor more "
      + "information, see\n\n" + getTechnicalInformation().toString();
  }

  public TechnicalInformation getTechnicalInformation() {
    return Citations.batista2004();
  }

  @Override
  protected Filter defaultCleaning() {
    EditedNearestNeighbours f = new EditedNearestNeighbours();
    f.setClasses(new SelectedTag(CleaningRules.ALL, CleaningRules.TAGS_CLASSES));
    return f;
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new SMOTEENN(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "SMOTEENN", () -> m_SavedByRelease);
  }
}
