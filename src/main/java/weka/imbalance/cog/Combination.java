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

package weka.imbalance.cog;

import weka.core.Tag;
import weka.core.Utils;

/**
 * Phase IV of COG: how a distribution over subclasses becomes one over the original classes.
 *
 * <ul>
 * <li>{@link #MAX} (the default, the paper's rule): the paper predicts a subclass and reports its
 * parent class. As a distribution: each class gets the probability of its most probable subclass,
 * renormalised, so the class of the most probable subclass has the highest probability (ties go
 * to the first class, as Weka's argmax does) and the distribution is a proper one for AUC, ROC
 * curves and the Experimenter.</li>
 * <li>{@link #SUM} (release 0.1.0's default; its saved models keep it): each class gets the sum of
 * its subclasses' probabilities. For a calibrated base learner this is its estimate of the
 * undecomposed posterior, which gives back what the decomposition was meant to change; for a base
 * learner whose multi-class distribution is pairwise votes (SMO without {@code -M}) it hands a
 * class with K subclasses the K(K-1)/2 votes among its own subclasses, whatever the input, so
 * that on binary data every instance goes to the decomposed majority class.</li>
 * </ul>
 * A new rule is a new tag here and a case in {@link #toClasses}.
 */
public final class Combination {

  /** Sum of the subclass probabilities of each class. */
  public static final int SUM = 0;

  /** Largest subclass probability of each class: the class of the most probable subclass wins. */
  public static final int MAX = 1;

  /** The rules, for {@code -combine}. */
  public static final Tag[] TAGS = {
    new Tag(SUM, "sum", "Sum of the subclass probabilities", false),
    new Tag(MAX, "max", "Class of the most probable subclass (the paper's Phase IV)", false)};

  /** The default rule: the paper's. */
  public static final int DEFAULT = MAX;

  private Combination() {
  }

  /**
   * @param subclassDist a distribution over the subclasses (not modified)
   * @param parentOf the class of each subclass
   * @param numClasses the number of classes
   * @param rule {@link #SUM} or {@link #MAX}
   * @return a new array over the classes summing to 1, or all zeros if the input is all zeros
   */
  public static double[] toClasses(double[] subclassDist, int[] parentOf, int numClasses, int rule) {
    if (subclassDist.length != parentOf.length) {
      throw new IllegalArgumentException("expected a distribution over " + parentOf.length + " subclasses, got "
        + subclassDist.length + " values");
    }
    weka.imbalance.OptionValues.require(rule == SUM || rule == MAX, "combine", rule, "one of " 
      + weka.imbalance.OptionValues.tagNames(TAGS));
    double[] p = new double[numClasses];
    for (int s = 0; s < subclassDist.length; s++) {
      int c = parentOf[s];
      p[c] = rule == MAX ? Math.max(p[c], subclassDist[s]) : p[c] + subclassDist[s];
    }
    double sum = Utils.sum(p);
    if (sum > 0) {
      Utils.normalize(p, sum);
    }
    return p;
  }
}
