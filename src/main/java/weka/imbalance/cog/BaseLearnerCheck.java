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

import weka.classifiers.Classifier;
import weka.classifiers.functions.Logistic;

/**
 * The base learner that COG warns about before training it: a nearly unregularised Logistic. The
 * k-means subclasses of one class are linearly separable from each other, so Logistic with a tiny
 * ridge and no iteration limit grows its weights until the ridge stops them: on yeast's 58
 * subclasses a 5-fold CV took minutes at Weka's default ridge (1e-8), against under a second for
 * Logistic alone, and the model over-fits.
 */
public final class BaseLearnerCheck {

  /** Below this ridge, and without an iteration limit, Logistic is warned about. */
  public static final double SMALL_RIDGE = 0.1;

  private BaseLearnerCheck() {
  }

  /**
   * @param base the base classifier
   * @param numSubclasses the number of subclasses it is about to learn
   * @return a warning if it is a Logistic with a ridge below {@link #SMALL_RIDGE} and no iteration
   *         limit, else null
   */
  public static String warning(Classifier base, int numSubclasses) {
    if (!(base instanceof Logistic)) {
      return null;
    }
    Logistic l = (Logistic) base;
    if (l.getRidge() >= SMALL_RIDGE || l.getMaxIts() >= 0) {
      return null;
    }
    return "COG warning: the base classifier Logistic has ridge " + l.getRidge() + " and no iteration limit. "
      + "It is to learn " + numSubclasses + " subclasses, and the subclasses of one class are linearly separable "
      + "from each other: it may take minutes where Logistic alone takes seconds, and over-fit. Give it a ridge "
      + "or an iteration limit (-W weka.classifiers.functions.Logistic -- -R " + SMALL_RIDGE + ", or -M 200), "
      + "or keep COG's default SMO.";
  }
}
