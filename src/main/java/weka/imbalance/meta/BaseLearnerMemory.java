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

package weka.imbalance.meta;

import java.util.Locale;

import weka.classifiers.Classifier;
import weka.classifiers.functions.Logistic;
import weka.core.Attribute;
import weka.core.Instances;
import weka.core.WekaException;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.RemoveUseless;

/**
 * Refuses, before any work, to train a base learner whose memory need is known to exceed the Java
 * heap, with a message that says why and what to do instead. Today that is Weka's
 * {@link Logistic} (the default base learner of ThresholdMoving and PlugInEmpiricalThreshold): its
 * quasi-Newton optimiser ({@code weka.core.Optimization}) keeps the Cholesky factor of its
 * Hessian estimate, a dense l x l matrix of doubles, and allocates a second one (L times D) at
 * every iteration, l = (predictors + 1) x (classes - 1), where the predictors are the attributes
 * after Logistic's own RemoveUseless and NominalToBinary. On 10,000 attributes and 3 classes that
 * is two 20,002 x 20,002 matrices, 6.0 GB: without this check the wrapper works for a while and
 * then dies with an OutOfMemoryError.
 */
public final class BaseLearnerMemory {

  private BaseLearnerMemory() {
  }

  /**
   * @param classifier the base learner about to be trained
   * @param data its training data
   * @param heapBytes the heap's limit ({@link Runtime#maxMemory()})
   * @throws WekaException if the learner's known minimum need exceeds the heap
   */
  static void check(Classifier classifier, Instances data, long heapBytes) throws Exception {
    if (!(classifier instanceof Logistic) || data.classIndex() < 0 || data.numClasses() < 2) {
      return;
    }
    long k = data.numClasses() - 1;
    long upper = (predictorsAfterBinarisation(data) + 1) * k;
    if (matrixBytes(upper) <= heapBytes) {
      return; // the common case: no pass over the data
    }
    Instances useful = new Instances(data);
    useful.deleteWithMissingClass();
    RemoveUseless remove = new RemoveUseless();
    remove.setInputFormat(useful);
    useful = Filter.useFilter(useful, remove);
    long p = predictorsAfterBinarisation(useful);
    long l = (p + 1) * k;
    if (matrixBytes(l) > heapBytes) {
      throw new WekaException(String.format(Locale.ROOT, "the base learner Logistic cannot be trained in this Java "
        + "heap: on %,d predictors and %,d classes its optimiser needs two dense %,d x %,d matrices (%s), more than the "
        + "heap's limit of %s. Choose a base learner for many attributes (-W weka.classifiers.functions.SimpleLogistic,"
        + " weka.classifiers.trees.J48, ...), reduce the attributes first (a FilteredClassifier with attribute "
        + "selection), or give Java more memory (-Xmx)", p, data.numClasses(), l, l, gigabytes(matrixBytes(l)),
        gigabytes(heapBytes)));
    }
  }

  /** @return the heap's limit, for {@link #check(Classifier, Instances, long)} */
  static long heapLimit() {
    return Runtime.getRuntime().maxMemory();
  }

  /**
   * The number of predictors Logistic's NominalToBinary makes of the attributes: one per numeric
   * (or date) attribute and per binary nominal one, one per value of a nominal attribute with more
   * than two values.
   */
  static long predictorsAfterBinarisation(Instances data) {
    long p = 0;
    for (int j = 0; j < data.numAttributes(); j++) {
      if (j == data.classIndex()) {
        continue;
      }
      Attribute a = data.attribute(j);
      p += a.isNominal() && a.numValues() > 2 ? a.numValues() : 1;
    }
    return p;
  }

  /** The optimiser's two l x l matrices of doubles. */
  private static double matrixBytes(long l) {
    return 2 * 8.0 * l * l;
  }

  private static String gigabytes(double bytes) {
    return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
  }
}
