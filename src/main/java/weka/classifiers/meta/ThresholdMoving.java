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

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Vector;

import weka.classifiers.CostMatrix;
import weka.classifiers.RandomizableSingleClassifierEnhancer;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.imbalance.ClassCosts;
import weka.imbalance.ClassPriors;
import weka.imbalance.meta.OutOfFoldPredictions;
import weka.imbalance.meta.SelectionCriterion;
import weka.imbalance.meta.Training;
import weka.imbalance.Release;

/**
 * Multi-class threshold moving (Zhou and Liu, TKDE 2006): the base learner is trained as usual and
 * its class-probability estimates are rescaled at prediction time, {@code p*_k = eta * p_k * cost_k}
 * (eta renormalises), so that the arg-max moves towards expensive classes. The class costs are the
 * row sums of a cost matrix scaled by tau, {@code cost_k = (sum_k' Cost[k][k'])^tau}, or come from the
 * training priors, {@code cost_k = prior_k^(-tau)} (post-hoc logit adjustment, computed by
 * {@link ClassPriors#adjustDistribution(double[], double[], double)}). tau can be tuned by an
 * internal stratified cross-validation whose fold models are trained once; the grid is then scanned
 * over their stored out-of-fold predictions.
 *
 * <p>Documented behaviour: with prior costs a class without training weight gets probability 0;
 * a base learner that outputs hard 0/1 distributions keeps its decisions (toString says so);
 * with no training weight at all the base learner's distribution is passed through.
 */
public class ThresholdMoving extends RandomizableSingleClassifierEnhancer
  implements TechnicalInformationHandler, WeightedInstancesHandler {

  private static final long serialVersionUID = -4263164880125787352L;

  /** The release that saved this object (null in models of release 0.1.0, which did not record it). */
  private String m_SavedByRelease = Release.VERSION;

  /** Default tau: the costs (or inverse priors) themselves. */
  public static final double DEFAULT_TAU = 1.0;
  /** Default grid scanned when tau is tuned. */
  public static final String DEFAULT_TAU_GRID = "0,0.25,0.5,0.75,1,1.25,1.5,1.75,2";
  /** Default number of internal cross-validation folds. */
  public static final int DEFAULT_FOLDS = 5;
  /** How many training instances are looked at to detect a learner without graded probabilities. */
  static final int HARD_CHECK_INSTANCES = 100;

  protected boolean m_UseCostMatrix = false;
  protected CostMatrix m_CostMatrix = new CostMatrix(1);
  protected double m_Tau = DEFAULT_TAU;
  protected boolean m_TuneTau = false;
  protected String m_TauGrid = DEFAULT_TAU_GRID;
  protected int m_NumFolds = DEFAULT_FOLDS;
  protected String m_Criterion = SelectionCriterion.BALANCED_ACCURACY;

  // learned
  protected Instances m_Header;
  protected double[] m_Priors;
  protected double[] m_MatrixCosts;
  protected double[] m_ScaledCosts;
  protected double m_UsedTau;
  protected double[] m_GridTaus;
  protected double[] m_GridScores;
  protected int m_OofFolds;
  protected int m_OofHard;
  protected int m_OofSize;
  protected boolean m_HardBase;
  protected boolean m_Resampled;

  public ThresholdMoving() {
    m_Classifier = new weka.classifiers.functions.Logistic();
  }

  @Override
  protected String defaultClassifierString() {
    return "weka.classifiers.functions.Logistic";
  }

  public String globalInfo() {
    return "Moves the decision thresholds of any probabilistic classifier towards expensive or rare classes: "
      + "the base learner is trained as usual and each predicted probability is multiplied by a class cost, "
      + "p*_k proportional to p_k * cost_k (multi-class threshold moving). The costs are the row sums of a "
      + "cost matrix (rows = actual class) to the power tau, or, by default, the training class priors to the "
      + "power -tau, which is post-hoc logit adjustment (tau = 1 targets balanced error). tau can be tuned by an "
      + "internal stratified cross-validation maximising balanced accuracy, G-mean or any evaluation-metric "
      + "plugin statistic; the fold models are trained once and the grid is scanned over their out-of-fold "
      + "predictions. Instance weights are passed to the base learner (resampled with weights if it cannot "
      + "use them) and counted in the priors. The output is a proper probability distribution, so ROC and "
      + "cost curves still work. With prior costs, a class absent from the training data gets probability 0.\n\n"
      + "For more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.zhou2006();
  }


  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tCost matrix in Matlab single-line format, e.g. \"[0 1; 10 0]\" (rows = actual class).\n"
      + "\tCosts are its row sums. Default: costs from the training class priors.", "cost-matrix", 1,
      "-cost-matrix <matrix>"));
    v.add(new Option("\tFile with a cost matrix in Weka's format (as CostSensitiveClassifier -C).", "C", 1,
      "-C <cost file>"));
    v.add(new Option("\tScaling tau: cost_k = prior_k^-tau, or (row sum)^tau with a matrix. (default "
      + DEFAULT_TAU + ")", "tau", 1, "-tau <num>"));
    v.add(new Option("\tTune tau by internal stratified cross-validation.", "tune", 0, "-tune"));
    v.add(new Option("\tValues of tau tried when tuning, comma separated. (default " + DEFAULT_TAU_GRID + ")",
      "tau-grid", 1, "-tau-grid <list>"));
    v.add(new Option("\tNumber of internal cross-validation folds. (default " + DEFAULT_FOLDS + ")", "folds", 1,
      "-folds <num>"));
    v.add(new Option("\tCriterion maximised when tuning: BalancedAccuracy, GMean or the statistic name of an\n"
      + "\tevaluation-metric plugin. (default " + SelectionCriterion.BALANCED_ACCURACY + ")", "criterion", 1,
      "-criterion <name>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    String matrix = Utils.getOption("cost-matrix", options);
    String file = Utils.getOption('C', options);
    if (matrix.length() > 0 && file.length() > 0) {
      throw new IllegalArgumentException("give either -cost-matrix or -C, not both (got \"" + matrix + "\" and "
        + file + ")");
    }
    if (matrix.length() > 0) {
      try {
        StringWriter w = new StringWriter();
        CostMatrix.parseMatlab(matrix).write(w);
        setCostMatrix(new CostMatrix(new StringReader(w.toString())));
      } catch (Exception e) {
        throw new IllegalArgumentException("-cost-matrix must be a matrix in Matlab format such as \"[0 1; 10 0]\", got '"
          + matrix + "'", e);
      }
      setUseCostMatrix(true);
    } else if (file.length() > 0) {
      try (BufferedReader r = new BufferedReader(new FileReader(file))) {
        setCostMatrix(new CostMatrix(r));
      } catch (Exception e) {
        throw new IllegalArgumentException("-C: cannot read a cost matrix from '" + file + "': " + e.getMessage(), e);
      }
      setUseCostMatrix(true);
    } else {
      setCostMatrix(new CostMatrix(1));
      setUseCostMatrix(false);
    }
    String tau = Utils.getOption("tau", options);
    setTau(tau.length() > 0 ? parse("tau", tau) : DEFAULT_TAU);
    setTuneTau(Utils.getFlag("tune", options));
    String grid = Utils.getOption("tau-grid", options);
    setTauGrid(grid.length() > 0 ? grid : DEFAULT_TAU_GRID);
    String folds = Utils.getOption("folds", options);
    setNumFolds(folds.length() > 0 ? (int) parse("folds", folds) : DEFAULT_FOLDS);
    String crit = Utils.getOption("criterion", options);
    setCriterion(crit.length() > 0 ? crit : SelectionCriterion.BALANCED_ACCURACY);
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  static double parse(String option, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-" + option + " must be a number, got '" + value + "'");
    }
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    if (m_UseCostMatrix) {
      o.add("-cost-matrix");
      o.add(m_CostMatrix.toMatlab());
    }
    o.add("-tau");
    o.add("" + m_Tau);
    if (m_TuneTau) {
      o.add("-tune");
    }
    o.add("-tau-grid");
    o.add(m_TauGrid);
    o.add("-folds");
    o.add("" + m_NumFolds);
    o.add("-criterion");
    o.add(m_Criterion);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String useCostMatrixTipText() {
    return "Take the class costs from the cost matrix (row sums) instead of the training class priors.";
  }

  public boolean getUseCostMatrix() {
    return m_UseCostMatrix;
  }

  public void setUseCostMatrix(boolean value) {
    m_UseCostMatrix = value;
  }

  public String costMatrixTipText() {
    return "The cost matrix (rows = actual class, columns = predicted class); used when useCostMatrix is on.";
  }

  public CostMatrix getCostMatrix() {
    return m_CostMatrix;
  }

  public void setCostMatrix(CostMatrix value) {
    m_CostMatrix = value;
  }

  public String tauTipText() {
    return "Scaling of the costs: cost_k = prior_k^-tau, or (cost-matrix row sum)^tau. 0 = no change, "
      + "1 = the costs themselves (balanced-error plug-in rule with prior costs).";
  }

  public double getTau() {
    return m_Tau;
  }

  public void setTau(double value) {
    m_Tau = value;
  }

  public String tuneTauTipText() {
    return "Choose tau from the grid by internal stratified cross-validation.";
  }

  public boolean getTuneTau() {
    return m_TuneTau;
  }

  public void setTuneTau(boolean value) {
    m_TuneTau = value;
  }

  public String tauGridTipText() {
    return "Comma-separated values of tau tried when tuning; ties go to the value closest to tau.";
  }

  public String getTauGrid() {
    return m_TauGrid;
  }

  public void setTauGrid(String value) {
    m_TauGrid = value;
  }

  public String numFoldsTipText() {
    return "Number of folds of the internal stratified cross-validation used for tuning.";
  }

  public int getNumFolds() {
    return m_NumFolds;
  }

  public void setNumFolds(int value) {
    m_NumFolds = value;
  }

  public String criterionTipText() {
    return "What tuning maximises: BalancedAccuracy, GMean, or the statistic name of any evaluation-metric plugin "
      + "(a statistic that is not maximisable is minimised).";
  }

  public String getCriterion() {
    return m_Criterion;
  }

  public void setCriterion(String value) {
    m_Criterion = value;
  }

  /** @return the tau used by the built model */
  public double getLearnedTau() {
    return m_UsedTau;
  }

  @Override
  public Capabilities getCapabilities() {
    return Training.forNominalClass(super.getCapabilities(), this);
  }

  static double[] parseGrid(String option, String grid) {
    String[] parts = grid.trim().split("[,\\s]+");
    double[] v = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      v[i] = parse(option, parts[i]);
      if (!(v[i] >= 0) || Double.isInfinite(v[i])) {
        throw new IllegalArgumentException("-" + option + " values must be finite and >= 0, got '" + parts[i] + "'");
      }
    }
    return v;
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    if (!(m_Tau >= 0) || Double.isInfinite(m_Tau)) {
      throw new IllegalArgumentException("-tau must be finite and >= 0, got " + m_Tau);
    }
    if (m_TuneTau && m_NumFolds < 2) {
      throw new IllegalArgumentException("-folds must be >= 2, got " + m_NumFolds);
    }
    double[] grid = m_TuneTau ? parseGrid("tau-grid", m_TauGrid) : null;
    SelectionCriterion criterion = new SelectionCriterion(m_Criterion);
    getCapabilities().testWithFail(data);
    data = new Instances(data);
    data.deleteWithMissingClass();
    if (m_TuneTau) {
      criterion.check(data);
    }
    m_Header = new Instances(data, 0);
    m_MatrixCosts = m_UseCostMatrix ? ClassCosts.rowSums(m_CostMatrix, data.numClasses()) : null;
    double[] counts = ClassPriors.weightedCounts(data);
    m_Priors = Utils.sum(counts) > 0 ? ClassPriors.priors(counts) : null;

    Random random = new Random(m_Seed);
    m_Resampled = Training.buildWithWeights(m_Classifier, data, random);
    m_HardBase = Training.givesHardDistributions(m_Classifier, data, HARD_CHECK_INSTANCES);

    m_UsedTau = m_Tau;
    m_GridTaus = null;
    m_GridScores = null;
    if (m_TuneTau && m_Priors != null && data.numInstances() >= 2) {
      tune(data, grid, criterion, random);
    }
    m_ScaledCosts = m_MatrixCosts == null ? null : ClassCosts.power(m_MatrixCosts, m_UsedTau);
  }

  protected void tune(Instances data, double[] grid, SelectionCriterion criterion, Random random) throws Exception {
    OutOfFoldPredictions oof = OutOfFoldPredictions.collect(m_Classifier, data, m_NumFolds, random);
    m_OofFolds = oof.numFolds();
    m_OofHard = oof.numHard();
    m_OofSize = oof.size();
    m_GridTaus = grid.clone();
    m_GridScores = new double[grid.length];
    double best = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < grid.length; g++) {
      double[] scaled = m_MatrixCosts == null ? null : ClassCosts.power(m_MatrixCosts, grid[g]);
      double[][] adjusted = new double[oof.size()][];
      for (int i = 0; i < oof.size(); i++) {
        adjusted[i] = adjust(oof.distributions()[i], oof.foldPriors(i), scaled, grid[g]);
      }
      double s = criterion.score(oof.instances(), adjusted);
      m_GridScores[g] = s;
      boolean better = s > best + 1e-12;
      boolean tieCloser = Math.abs(s - best) <= 1e-12 && Math.abs(grid[g] - m_Tau) < Math.abs(m_UsedTau - m_Tau);
      if (better || tieCloser) {
        best = Math.max(best, s);
        m_UsedTau = grid[g];
      }
    }
  }

  /**
   * The correction itself: prior costs through ClassPriors.adjustDistribution (classes without
   * prior weight removed), matrix costs through ClassCosts.adjustDistribution.
   */
  static double[] adjust(double[] dist, double[] priors, double[] scaledCosts, double tau) {
    if (priors == null) {
      return dist.clone();
    }
    if (scaledCosts != null) {
      return ClassCosts.adjustDistribution(dist, scaledCosts);
    }
    double[] d = dist.clone();
    for (int k = 0; k < d.length; k++) {
      if (priors[k] == 0) {
        d[k] = 0;
      }
    }
    return ClassPriors.adjustDistribution(d, priors, tau);
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    if (m_Header == null) {
      throw new IllegalStateException("ThresholdMoving: no model built yet");
    }
    return adjust(m_Classifier.distributionForInstance(instance), m_Priors, m_ScaledCosts, m_UsedTau);
  }

  @Override
  public String toString() {
    if (m_Header == null) {
      return "ThresholdMoving: no model built yet.";
    }
    StringBuilder sb = new StringBuilder("ThresholdMoving (Zhou & Liu 2006)\n=================================\n\n");
    if (m_Priors == null) {
      sb.append("No training weight: the base learner's distribution is passed through.\n\n");
    } else {
      sb.append(m_MatrixCosts == null ? "Costs: training class priors, cost_k = prior_k^-tau\n"
        : "Costs: cost-matrix row sums, cost_k = (sum_j Cost[k][j])^tau\n");
      sb.append(String.format(Locale.ROOT, "tau = %s%s\n", Utils.doubleToString(m_UsedTau, 4),
        m_GridTaus == null ? "" : " (tuned)"));
      double[] cost = m_MatrixCosts == null ? ClassCosts.priorCosts(m_Priors, m_UsedTau) : m_ScaledCosts;
      sb.append(String.format(Locale.ROOT, "\n%-20s %10s %14s\n", "class", "prior", "cost"));
      for (int k = 0; k < m_Priors.length; k++) {
        sb.append(String.format(Locale.ROOT, "%-20s %10.4f %14s%s\n", m_Header.classAttribute().value(k),
          m_Priors[k], m_Priors[k] == 0 && m_MatrixCosts == null ? "-" : Utils.doubleToString(cost[k], 4),
          m_Priors[k] == 0 ? "  (absent from training: probability 0)" : ""));
      }
      if (m_GridTaus != null) {
        sb.append(String.format(Locale.ROOT, "\nTuning: %d-fold stratified CV, %d out-of-fold predictions, criterion %s\n",
          m_OofFolds, m_OofSize, m_Criterion));
        for (int g = 0; g < m_GridTaus.length; g++) {
          sb.append(String.format(Locale.ROOT, "  tau %-8s %s%s\n", Utils.doubleToString(m_GridTaus[g], 4),
            Utils.doubleToString(m_GridScores[g], 6), m_GridTaus[g] == m_UsedTau ? "  <- chosen" : ""));
        }
        if (m_OofHard == m_OofSize) {
          sb.append("Note: every out-of-fold distribution was hard (0/1): the base learner gives no graded "
            + "probabilities, so no tau can change its decisions.\n");
        }
      }
      if (m_HardBase) {
        sb.append("\nNote: the base learner gave hard 0/1 distributions on the first training instances; "
          + "threshold moving cannot change such decisions (use a probability estimator).\n");
      }
    }
    if (m_Resampled) {
      sb.append("\nThe base learner cannot use instance weights: it was trained on a weighted resample.\n");
    }
    sb.append("\nBase classifier\n---------------\n\n").append(m_Classifier.toString());
    return sb.toString();
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runClassifier(new ThresholdMoving(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "ThresholdMoving", () -> m_SavedByRelease);
  }
}
