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

package weka.imbalance;

/**
 * A classifier that knows how many (weighted) training instances of each class it was built on.
 * The many/medium/few-shot metrics group classes by their training counts; Weka's evaluation of a
 * saved model on a test file alone ({@code -l model -T test}, the Explorer's re-evaluation of a
 * loaded model) knows no training data, and then takes the counts from a model that implements
 * this interface (see {@link ModelTrainingCounts}); otherwise the shot accuracies are missing
 * ("?") and say why.
 *
 * <p>An implementation stores the counts of the data it trained on: the data given to
 * {@code buildClassifier} after removing instances with a missing class (less the validation part,
 * if it holds one out), before any resampling or reweighting it does itself;
 * and calls {@link ModelTrainingCounts#offer(TrainingClassCounts)} at the start of
 * {@code distributionForInstance} (and of {@code distributionsForInstances} if it overrides it).
 */
public interface TrainingClassCounts {

  /**
   * @return the weighted number of training instances of each class, by class index (a copy), or
   *         null when the model is not built or was saved by a release that did not keep them
   */
  double[] getTrainingClassCounts();
}
