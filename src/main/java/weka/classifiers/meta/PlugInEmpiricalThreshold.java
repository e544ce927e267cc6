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

package weka.classifiers.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Vector;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.imbalance.Citations;
import weka.imbalance.ClassPriors;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.meta.BaseLearnerWrapper;
import weka.imbalance.meta.OutOfFoldPredictions;
import weka.imbalance.meta.SelectionCriterion;
import weka.imbalance.meta.Training;

/**
 * The plug-in classifier with an empirical threshold (Menon, Narasimhan, Agarwal and Chawla, ICML
 * 2013): a class-probability estimator eta(x) (default Logistic) is thresholded at the empirical
 * class prior, predict the positive class iff eta(x) &gt; p_hat; with several classes,
 * argmax_k eta_k(x) / pi_k. Menon et al. prove the two-class rule consistent for the balanced
 * (arithmetic-mean) error; the several-class rule is the Bayes-optimal decision for the balanced
 * error when eta and the priors are exact (Menon et al., ICLR 2021), which is all that is claimed
 * for it here.
 *
 * <p>The threshold is expressed as a vector of "threshold priors" q (q = the training priors by
 * default) and the output distribution is warped to {@code p*_k proportional to p_k / q_k}
 * (through {@link ClassPriors#adjustDistributionOverPresentClasses} with tau = 1). The warp is
 * monotone in each p_k, keeps a proper distribution (zeros stay zero, nothing becomes 0/1 that
 * was not) and puts the decision threshold at the usual arg-max: in the binary case
 * {@code p*_pos > 1/2 iff eta(x) > t} with q = (1 - t, t). With its defaults this gives exactly
 * the predictions of {@link ThresholdMoving} with prior costs and tau fixed at 1.
 *
 * <p>Option: estimate the threshold from the out-of-fold predictions of an internal stratified
 * cross-validation to maximise balanced accuracy. Binary: t is searched over all the midpoints
 * between distinct out-of-fold estimates (ties go to the t closest to p_hat in log-odds).
 * Several classes: coordinate ascent on log q_k, one class at a time over multiplicative steps of
 * 2^{+-1/4, +-1/2, +-1, +-2}, at most {@value #MAX_SWEEPS} sweeps, from the training priors.
 */
public class PlugInEmpiricalThreshold extends BaseLearnerWrapper {

  private static final long serialVersionUID = 6054126717398617373L;

  /** The release that saved this object (null in models of release 0.1.0, which did not record it). */
  private String m_SavedByRelease = Release.VERSION;

  /** Default number of internal cross-validation folds. */
  public static final int DEFAULT_FOLDS = 5;
  /** Sweeps of the multi-class coordinate ascent. */
  public static final int MAX_SWEEPS = 3;
  private static final double[] LOG2_STEPS = {-2, -1, -0.5, -0.25, 0.25, 0.5, 1, 2};

  protected boolean m_ThresholdFromCV = false;
  protected int m_NumFolds = DEFAULT_FOLDS;

  // learned
  protected Instances m_Header;
  protected double[] m_Priors;
  /** Weighted training count of each class; null in models saved by release 0.1.0. */
  protected double[] m_TrainingCounts;
  protected double[] m_Thresholds;
  protected int m_Positive = -1;
  protected double m_CVScorePrior = Double.NaN;
  protected double m_CVScoreTuned = Double.NaN;
  protected int m_OofFolds;
  protected boolean m_HardBase;
  protected boolean m_Resampled;

  public PlugInEmpiricalThreshold() {
    m_Classifier = new weka.classifiers.functions.Logistic();
  }

  @Override
  protected String defaultClassifierString() {
    return "weka.classifiers.functions.Logistic";
  }

  public String globalInfo() {
    return "The plug-in classifier of Menon et al. (2013): thresholds a class-probability estimate at the "
      + "empirical class prior. With two classes it predicts the positive class iff P(positive|x) > the "
      + "training rate of the positive class, which Menon et al. prove consistent for the balanced error. With "
      + "several classes it predicts the class maximising P(k|x) / prior_k, the Bayes-optimal decision for the "
      + "balanced error when the probabilities and priors are exact (Menon et al. 2021); no consistency proof "
      + "for the several-class rule with estimated probabilities and priors is claimed. The default estimator "
      + "is Logistic. With these defaults the predictions are exactly those of ThresholdMoving with prior "
      + "costs and tau fixed at 1 (ThresholdMoving -fixed-tau); ThresholdMoving's own default tunes tau.\n\n"
      + "Optionally the threshold is instead chosen from out-of-fold predictions of an internal stratified "
      + "cross-validation to maximise balanced accuracy. The output distribution is warped, p*_k proportional to "
      + "p_k / q_k with q the threshold priors, so that the decision is the usual arg-max; the warp is "
      + "monotone and the result stays a proper (not 0/1) distribution. Instance weights count in the priors and "
      + "are passed to the estimator (resampled with weights if it cannot use them). A class absent from the "
      + "training data gets probability 0. A built model may be used by many threads at once, whatever the "
      + "estimator.\n\nFor more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.with(Citations.menon2013(), Citations.menon2021());
  }


  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tChoose the threshold from out-of-fold predictions (internal stratified CV) to\n"
      + "\tmaximise balanced accuracy, instead of the empirical prior.", "cv-threshold", 0, "-cv-threshold"));
    v.add(new Option("\tNumber of internal cross-validation folds. (default " + DEFAULT_FOLDS + ")", "folds", 1,
      "-folds <num>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setThresholdFromCV(Utils.getFlag("cv-threshold", options));
    setNumFolds(OptionValues.getInt("folds", options, DEFAULT_FOLDS));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    if (m_ThresholdFromCV) {
      o.add("-cv-threshold");
    }
    o.add("-folds");
    o.add("" + m_NumFolds);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String thresholdFromCVTipText() {
    return "Choose the threshold by internal cross-validation instead of the empirical prior.";
  }

  public boolean getThresholdFromCV() {
    return m_ThresholdFromCV;
  }

  public void setThresholdFromCV(boolean value) {
    m_ThresholdFromCV = value;
  }

  public String numFoldsTipText() {
    return "Number of folds of the internal cross-validation (with thresholdFromCV).";
  }

  public int getNumFolds() {
    return m_NumFolds;
  }

  public void setNumFolds(int value) {
    m_NumFolds = OptionValues.atLeast("folds", value, 2);
  }

  /** @return the threshold priors q of the built model (a copy), or null */
  public double[] getThresholdPriors() {
    return m_Thresholds == null ? null : m_Thresholds.clone();
  }

  /**
   * @return the out-of-fold balanced accuracy {at the empirical prior, at the chosen threshold} of
   *         the built model, or null if the threshold was not chosen by cross-validation
   */
  public double[] getOutOfFoldBalancedAccuracy() {
    return Double.isNaN(m_CVScoreTuned) ? null : new double[] {m_CVScorePrior, m_CVScoreTuned};
  }

  @Override
  public double[] getTrainingClassCounts() {
    return m_TrainingCounts == null ? null : m_TrainingCounts.clone();
  }

  @Override
  protected boolean isBuilt() {
    return m_Header != null;
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    data = trainingCopy(data);
    m_Header = new Instances(data, 0);
    double[] counts = ClassPriors.weightedCounts(data);
    m_TrainingCounts = counts.clone();
    m_Priors = Utils.sum(counts) > 0 ? ClassPriors.priors(counts) : null;
    m_Thresholds = m_Priors == null ? null : m_Priors.clone();
    m_Positive = -1;
    m_CVScorePrior = m_CVScoreTuned = Double.NaN;
    int present = 0;
    if (m_Priors != null) {
      for (int k = 0; k < m_Priors.length; k++) {
        if (m_Priors[k] > 0) {
          present++;
          if (m_Positive < 0 || m_Priors[k] < m_Priors[m_Positive]) {
            m_Positive = k; // the rarest class present, named "positive" in the binary output
          }
        }
      }
    }
    Random random = new Random(m_Seed);
    m_Resampled = Training.buildWithWeights(m_Classifier, data, random);
    m_HardBase = Training.givesHardDistributions(m_Classifier, data, ThresholdMoving.HARD_CHECK_INSTANCES);
    if (m_ThresholdFromCV && present >= 2 && data.numInstances() >= 2) {
      OutOfFoldPredictions oof = OutOfFoldPredictions.collect(m_Classifier, data, m_NumFolds, random);
      m_OofFolds = oof.numFolds();
      m_CVScorePrior = score(oof, m_Thresholds);
      m_Thresholds = present == 2 && m_Priors.length == 2 ? binaryThreshold(oof) : coordinateAscent(oof);
      m_CVScoreTuned = score(oof, m_Thresholds);
    }
  }

  /** Balanced accuracy of the out-of-fold predictions under threshold priors q. */
  static double score(OutOfFoldPredictions oof, double[] q) {
    double[][] d = new double[oof.size()][];
    for (int i = 0; i < d.length; i++) {
      d[i] = warp(oof.distributions()[i], q);
    }
    return SelectionCriterion.recalls(oof.instances(), d).balancedAccuracy();
  }

  /** Best threshold t on P(positive|x) for balanced accuracy; returns the threshold priors (1-t, t). */
  protected double[] binaryThreshold(OutOfFoldPredictions oof) {
    int pos = m_Positive;
    int n = oof.size();
    double[][] sv = new double[n][]; // {eta, isPositive, weight}
    double totalPos = 0;
    double totalNeg = 0;
    int m = 0;
    for (int i = 0; i < n; i++) {
      double[] d = oof.distributions()[i];
      Instance inst = oof.instances().instance(i);
      boolean isPos = (int) inst.classValue() == pos;
      if (isPos) {
        totalPos += inst.weight();
      } else {
        totalNeg += inst.weight();
      }
      double s = Utils.sum(d);
      if (s > 0) { // an all-zero distribution is no prediction: wrong whatever t is
        sv[m++] = new double[] {d[pos] / s, isPos ? 1 : 0, inst.weight()};
      }
    }
    double pHat = m_Priors[pos];
    double[] q = m_Priors.clone();
    if (m == 0 || totalPos == 0 || totalNeg == 0) {
      return q;
    }
    double[][] s = Arrays.copyOf(sv, m);
    Arrays.sort(s, (a, b) -> Double.compare(b[0], a[0])); // descending eta
    double bestScore = Double.NEGATIVE_INFINITY;
    double bestT = pHat;
    double tp = 0;
    double fp = 0;
    int i = 0;
    // candidate t above every estimate, then below each group of equal estimates
    while (true) {
      double upper = i == 0 ? 1.0 : s[i - 1][0];
      double lower = i < m ? s[i][0] : 0.0;
      double t = (upper + lower) / 2;
      if (i == 0 && upper == lower) {
        t = Double.NaN; // the largest estimate is 1: no threshold above it
      }
      if (t > 0 && t < 1) {
        double ba = 0.5 * (tp / totalPos + (totalNeg - fp) / totalNeg);
        boolean better = ba > bestScore + 1e-12;
        boolean closer = Math.abs(ba - bestScore) <= 1e-12 && Math.abs(logit(t) - logit(pHat)) < Math.abs(logit(bestT)
          - logit(pHat));
        if (better || closer) {
          bestScore = Math.max(bestScore, ba);
          bestT = t;
        }
      }
      if (i >= m) {
        break;
      }
      double v = s[i][0];
      while (i < m && s[i][0] == v) {
        if (s[i][1] == 1) {
          tp += s[i][2];
        } else {
          fp += s[i][2];
        }
        i++;
      }
    }
    q[pos] = bestT;
    q[1 - pos] = 1 - bestT;
    return q;
  }

  private static double logit(double p) {
    return Math.log(p) - Math.log1p(-p);
  }

  /** Coordinate ascent of balanced accuracy over log q_k, from the training priors. */
  protected double[] coordinateAscent(OutOfFoldPredictions oof) {
    double[] q = m_Priors.clone();
    double best = score(oof, q);
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      boolean improved = false;
      for (int k = 0; k < q.length; k++) {
        if (q[k] == 0) {
          continue;
        }
        double keep = q[k];
        double bestQ = keep;
        for (double step : LOG2_STEPS) {
          q[k] = keep * Math.pow(2, step);
          double s = score(oof, q);
          if (s > best + 1e-12) {
            best = s;
            bestQ = q[k];
            improved = true;
          }
        }
        q[k] = bestQ;
      }
      if (!improved) {
        break;
      }
    }
    double sum = Utils.sum(q);
    for (int k = 0; k < q.length; k++) {
      q[k] /= sum;
    }
    return q;
  }

  /** The warp p*_k proportional to p_k / q_k; classes with q_k = 0 (absent) get 0. */
  static double[] warp(double[] dist, double[] q) {
    return q == null ? dist.clone() : ClassPriors.adjustDistributionOverPresentClasses(dist, q, 1.0);
  }

  @Override
  protected double[] correct(double[] dist) {
    return warp(dist, m_Thresholds);
  }

  @Override
  public String toString() {
    if (m_Header == null) {
      return "PlugInEmpiricalThreshold: no model built yet.";
    }
    StringBuilder sb = new StringBuilder("PlugInEmpiricalThreshold (Menon et al. 2013)\n"
      + "============================================\n\n");
    if (m_Priors == null) {
      sb.append("No training weight: the estimator's distribution is passed through.\n");
    } else {
      boolean tuned = !Double.isNaN(m_CVScoreTuned);
      if (m_Priors.length == 2 && m_Positive >= 0 && m_Priors[1 - m_Positive] > 0) {
        sb.append(String.format(Locale.ROOT, "Predict %s iff P(%s|x) > %s (%s)\n", m_Header.classAttribute().value(
          m_Positive), m_Header.classAttribute().value(m_Positive), Utils.doubleToString(m_Thresholds[m_Positive], 6),
          tuned ? "chosen by " + m_OofFolds + "-fold CV" : "the empirical prior"));
      } else {
        sb.append("Predict argmax_k P(k|x) / q_k, q = " + (tuned ? "threshold priors chosen by " + m_OofFolds
          + "-fold CV" : "the empirical priors") + "\n");
      }
      sb.append(String.format(Locale.ROOT, "\n%-20s %10s %12s\n", "class", "prior", "q"));
      for (int k = 0; k < m_Priors.length; k++) {
        sb.append(String.format(Locale.ROOT, "%-20s %10.4f %12.6f%s\n", m_Header.classAttribute().value(k), m_Priors[k],
          m_Thresholds[k], m_Priors[k] == 0 ? "  (absent from training: probability 0)" : ""));
      }
      if (tuned) {
        sb.append(String.format(Locale.ROOT, "\nOut-of-fold balanced accuracy: %.4f at the prior, %.4f tuned\n",
          m_CVScorePrior, m_CVScoreTuned));
      }
      if (m_HardBase) {
        sb.append("\nNote: the estimator gave hard 0/1 distributions on the first training instances; "
          + "thresholding cannot change such decisions (use a probability estimator).\n");
      }
    }
    return sb.append(baseLearnerSection(m_Resampled, "Class-probability estimator")).toString();
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 2 $");
  }

  public static void main(String[] args) {
    runClassifier(new PlugInEmpiricalThreshold(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "PlugInEmpiricalThreshold", () -> m_SavedByRelease);
  }
}
