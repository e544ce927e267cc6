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

/**
 * The plan of Phase I: which classes are decomposed and into how many subclasses, from the
 * (weighted) class sizes alone, before any clustering.
 *
 * <ul>
 * <li>n_min is the weight of the smallest class with a positive weight;</li>
 * <li>class c is decomposed when its weight n_c is at least {@code decomposeFactor} x n_min;</li>
 * <li>its number of subclasses is {@code numSubclasses} when that is fixed (more than the class
 * has instances is an error naming {@code -K}), otherwise round(n_c / target), target =
 * {@code targetSize} or, when that is 0, n_min, at most {@code maxSubclasses} and at most
 * floor(m_c / {@code minSubclassSize}) for a class of m_c instances, and at least 1.</li>
 * </ul>
 * The caller further caps the number at the number of distinct instances of the class.
 */
final class DecompositionPlan {

  private DecompositionPlan() {
  }

  /**
   * @param weight the weighted class sizes
   * @return the smallest positive one, 0 if there is none
   */
  static double smallestWeight(double[] weight) {
    double smallest = 0;
    for (double w : weight) {
      if (w > 0 && (smallest == 0 || w < smallest)) {
        smallest = w;
      }
    }
    return smallest;
  }

  /**
   * @param settings the settings
   * @param smallest the weight of the smallest class
   * @return the target subclass weight of the automatic number of subclasses
   */
  static double target(DecompositionSettings settings, double smallest) {
    return settings.getTargetSize() > 0 ? settings.getTargetSize() : smallest;
  }

  /**
   * @param weight the class's weight
   * @param count the class's number of instances
   * @param name the class's name, for the error message
   * @param smallest the weight of the smallest class
   * @param settings the settings
   * @return the number of subclasses to ask the clusterer for; 1 = not decomposed
   * @throws IllegalArgumentException if a fixed number of subclasses exceeds the class's instances
   */
  static int subclasses(double weight, int count, String name, double smallest, DecompositionSettings settings) {
    if (weight <= 0 || weight < settings.getDecomposeFactor() * smallest) {
      return 1;
    }
    int fixed = settings.getNumSubclasses();
    if (fixed != DecompositionSettings.AUTOMATIC) {
      if (fixed > count) {
        throw new IllegalArgumentException("-K " + fixed + ": class '" + name + "' has only " + count
          + " training instance(s), too few for " + fixed + " subclasses; use -K 0 (automatic) or a smaller value");
      }
      return fixed;
    }
    long k = Math.round(weight / target(settings, smallest));
    k = Math.min(k, Math.min(settings.getMaxSubclasses(), count / settings.getMinSubclassSize()));
    return (int) Math.max(1, k);
  }
}
