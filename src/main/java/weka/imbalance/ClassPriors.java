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

import weka.core.Instance;
import weka.core.Instances;
import weka.core.UnassignedClassException;
import weka.core.UnsupportedAttributeTypeException;

/**
 * The class-prior arithmetic that every imbalance method of this package shares, written once:
 * weighted class counts, priors, the log-prior offset of logit adjustment, prior-corrected
 * probability distributions (post-hoc logit adjustment, threshold moving, the plug-in rule),
 * class weights from the effective number of samples and from inverse frequency, and a stable
 * (log-)softmax.
 *
 * <p>Sign convention: {@link #logPriorOffset(double[], double)} returns {@code tau * log(pi_y + 1e-12)}.
 * The logit-adjusted <em>loss</em> adds this offset to the logits during training; the post-hoc
 * rule, threshold moving and the plug-in rule <em>subtract</em> it at prediction time
 * ({@link #adjustLogits(double[], double[])}, {@link #adjustDistribution(double[], double[], double)}).
 */
public final class ClassPriors {

  /** Added to a prior before its logarithm, as in the authors' logit-adjustment code. */
  public static final double LOG_EPSILON = 1e-12;

  private ClassPriors() {
  }

  /**
   * Weighted class counts of a data set with a nominal class. Instances with a missing class are
   * not counted (they belong to no class).
   *
   * @param data the data, with its class index set
   * @return one weighted count per class value
   * @throws UnassignedClassException if no class is set
   * @throws UnsupportedAttributeTypeException if the class is not nominal
   */
  public static double[] weightedCounts(Instances data) throws UnsupportedAttributeTypeException {
    if (data.classIndex() < 0) {
      throw new UnassignedClassException("ClassPriors: the data has no class attribute set");
    }
    if (!data.classAttribute().isNominal()) {
      throw new UnsupportedAttributeTypeException(
        "ClassPriors: the class attribute '" + data.classAttribute().name() + "' is not nominal");
    }
    double[] counts = new double[data.numClasses()];
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      if (!inst.classIsMissing()) {
        counts[(int) inst.classValue()] += inst.weight();
      }
    }
    return counts;
  }

  /**
   * Class priors pi_y = n_y / sum n from (weighted) counts.
   *
   * @param counts non-negative class counts
   * @return the priors, summing to 1
   * @throws IllegalArgumentException if a count is negative or not finite, or all are zero
   */
  public static double[] priors(double[] counts) {
    double sum = 0;
    for (int k = 0; k < counts.length; k++) {
      if (!(counts[k] >= 0) || Double.isInfinite(counts[k])) {
        throw new IllegalArgumentException("class count " + k + " must be finite and >= 0, got " + counts[k]);
      }
      sum += counts[k];
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("class counts sum to " + sum + ": no class has any weight");
    }
    double[] p = new double[counts.length];
    for (int k = 0; k < counts.length; k++) {
      p[k] = counts[k] / sum;
    }
    return p;
  }

  /**
   * The logit-adjustment offset {@code tau * log(pi_y + 1e-12)} of each class (Menon et al., ICLR
   * 2021). The logit-adjusted loss adds it to the logits; post-hoc adjustment subtracts it.
   *
   * @param priors class priors
   * @param tau the scaling, tau &gt;= 0 (0 gives a zero offset)
   * @return the offset of each class
   */
  public static double[] logPriorOffset(double[] priors, double tau) {
    if (!(tau >= 0) || Double.isInfinite(tau)) {
      throw new IllegalArgumentException("tau must be finite and >= 0, got " + tau);
    }
    double[] offset = new double[priors.length];
    for (int k = 0; k < priors.length; k++) {
      offset[k] = tau == 0 ? 0 : tau * Math.log(priors[k] + LOG_EPSILON);
    }
    return offset;
  }

  /**
   * Post-hoc logit adjustment of a logit vector: returns {@code z_y - offset_y}, where the offset
   * comes from {@link #logPriorOffset(double[], double)}. The argmax of the result is the
   * balanced-error plug-in decision.
   *
   * @param logits the logits (not modified)
   * @param offset the log-prior offset
   * @return a new array of adjusted logits
   */
  public static double[] adjustLogits(double[] logits, double[] offset) {
    checkSameLength(logits, offset);
    double[] z = new double[logits.length];
    for (int k = 0; k < z.length; k++) {
      z[k] = logits[k] - offset[k];
    }
    return z;
  }

  /**
   * Prior correction of a probability distribution: {@code p*_y proportional to p_y * pi_y^(-tau)},
   * renormalised. This is post-hoc logit adjustment applied to probabilities, threshold moving
   * with the prior costs {@code cost_y = pi_y^(-tau)}, and with tau = 1 the multi-class plug-in
   * rule {@code argmax eta_y(x) / pi_y}. Computed in log space through
   * {@link #logPriorOffset(double[], double)} so that all of them share one offset function.
   *
   * <p>A zero probability stays zero. When every entry is zero (the base learner made no
   * prediction) a zero vector is returned, which Weka treats as "unclassified".
   *
   * @param dist a probability distribution (not modified)
   * @param priors the class priors
   * @param tau the strength of the correction, &gt;= 0
   * @return a new, normalised distribution
   */
  public static double[] adjustDistribution(double[] dist, double[] priors, double tau) {
    checkSameLength(dist, priors);
    return softmax(adjustLogits(logProbabilities(dist), logPriorOffset(priors, tau)));
  }

  /**
   * {@link #adjustDistribution(double[], double[], double)} over the classes present in training:
   * a class whose prior is 0 gets probability 0 (dividing by its zero prior would otherwise make it
   * win wherever the base learner gives it any probability). This is the correction of the
   * package's threshold-moving and plug-in meta-classifiers.
   *
   * @param dist a probability distribution (not modified)
   * @param priors the class priors, some possibly 0
   * @param tau the strength of the correction, &gt;= 0
   * @return a new, normalised distribution, 0 for every class with prior 0
   */
  public static double[] adjustDistributionOverPresentClasses(double[] dist, double[] priors, double tau) {
    checkSameLength(dist, priors);
    double[] d = dist.clone();
    for (int k = 0; k < d.length; k++) {
      if (priors[k] == 0) {
        d[k] = 0;
      }
    }
    return adjustDistribution(d, priors, tau);
  }

  /**
   * The logarithms of a probability vector, -Infinity for a zero, checked entry by entry.
   *
   * @param dist probabilities (not modified)
   * @return a new array of log-probabilities
   * @throws IllegalArgumentException if an entry is negative, NaN or infinite
   */
  public static double[] logProbabilities(double[] dist) {
    double[] logp = new double[dist.length];
    for (int k = 0; k < dist.length; k++) {
      if (!(dist[k] >= 0) || Double.isInfinite(dist[k])) {
        throw new IllegalArgumentException("probability " + k + " must be finite and >= 0, got " + dist[k]);
      }
      logp[k] = dist[k] > 0 ? Math.log(dist[k]) : Double.NEGATIVE_INFINITY;
    }
    return logp;
  }

  /**
   * Class-balanced weights from the effective number of samples (Cui et al., CVPR 2019):
   * {@code w_y = (1 - beta) / (1 - beta^n_y)}, normalised so that the weights of the classes
   * present sum to their number (the authors' code normalises to C with every class present).
   * beta = 0 gives all ones; beta -&gt; 1 approaches inverse frequency. A class with count 0 gets
   * weight 0 (it has no instances to weigh).
   *
   * @param counts (weighted) class counts
   * @param beta in [0, 1)
   * @return the class weights
   */
  public static double[] effectiveNumberWeights(double[] counts, double beta) {
    if (!(beta >= 0 && beta < 1)) {
      throw new IllegalArgumentException("beta must be in [0, 1), got " + beta);
    }
    double[] w = new double[counts.length];
    for (int k = 0; k < counts.length; k++) {
      checkCount(counts, k);
      if (counts[k] > 0) {
        // (1 - beta^n) computed as -expm1(n log beta) keeps precision for beta close to 1
        double effective = beta == 0 ? 1 : -Math.expm1(counts[k] * Math.log(beta));
        w[k] = (1 - beta) / effective;
      }
    }
    return normaliseToPresentClasses(w, counts);
  }

  /**
   * Inverse-frequency weights to a power, {@code w_y proportional to n_y^(-nu)}, normalised like
   * {@link #effectiveNumberWeights(double[], double)}. nu = 0 gives all ones, nu = 1 plain
   * inverse frequency. With counts taken as priors this is the ADRW weight {@code pi_y^(-nu)}.
   *
   * @param counts (weighted) class counts
   * @param nu the power, &gt;= 0
   * @return the class weights
   */
  public static double[] inverseFrequencyWeights(double[] counts, double nu) {
    if (!(nu >= 0) || Double.isInfinite(nu)) {
      throw new IllegalArgumentException("nu must be finite and >= 0, got " + nu);
    }
    double[] w = new double[counts.length];
    for (int k = 0; k < counts.length; k++) {
      checkCount(counts, k);
      if (counts[k] > 0) {
        w[k] = Math.pow(counts[k], -nu);
      }
    }
    return normaliseToPresentClasses(w, counts);
  }

  /**
   * Numerically stable log-softmax.
   *
   * @param z logits (not modified); -Infinity entries are allowed
   * @return log softmax(z)
   */
  public static double[] logSoftmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      if (Double.isNaN(v)) {
        throw new IllegalArgumentException("logit is NaN");
      }
      max = Math.max(max, v);
    }
    double[] out = new double[z.length];
    if (max == Double.NEGATIVE_INFINITY) {
      java.util.Arrays.fill(out, Double.NEGATIVE_INFINITY);
      return out;
    }
    double sum = 0;
    for (double v : z) {
      sum += Math.exp(v - max);
    }
    double logSum = max + Math.log(sum);
    for (int k = 0; k < z.length; k++) {
      out[k] = z[k] - logSum;
    }
    return out;
  }

  /**
   * Numerically stable softmax. When every logit is -Infinity the result is all zeros.
   *
   * @param z logits (not modified)
   * @return softmax(z)
   */
  public static double[] softmax(double[] z) {
    double[] out = logSoftmax(z);
    for (int k = 0; k < out.length; k++) {
      out[k] = Math.exp(out[k]);
    }
    return out;
  }

  private static double[] normaliseToPresentClasses(double[] w, double[] counts) {
    double sum = 0;
    int present = 0;
    for (int k = 0; k < w.length; k++) {
      if (counts[k] > 0) {
        sum += w[k];
        present++;
      }
    }
    if (present == 0) {
      throw new IllegalArgumentException("class counts are all zero: no class to weigh");
    }
    for (int k = 0; k < w.length; k++) {
      w[k] = w[k] * present / sum;
    }
    return w;
  }

  private static void checkCount(double[] counts, int k) {
    if (!(counts[k] >= 0) || Double.isInfinite(counts[k])) {
      throw new IllegalArgumentException("class count " + k + " must be finite and >= 0, got " + counts[k]);
    }
  }

  private static void checkSameLength(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("expected " + b.length + " classes, got a vector of length " + a.length);
    }
  }
}
