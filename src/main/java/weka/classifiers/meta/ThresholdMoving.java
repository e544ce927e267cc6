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
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Vector;

import weka.classifiers.CostMatrix;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.imbalance.Citations;
import weka.imbalance.ClassCosts;
import weka.imbalance.ClassPriors;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.meta.BaseLearnerWrapper;
import weka.imbalance.meta.OutOfFoldPredictions;
import weka.imbalance.meta.SelectionCriterion;
import weka.imbalance.meta.Training;

/**
 * Threshold moving (Zhou and Liu, TKDE 2006): the base learner is trained as usual and its
 * class-probability estimates are rescaled at prediction time, {@code p*_k = eta * p_k * cost_k}
 * (eta renormalises), so that the arg-max moves towards the classes that are expensive to miss.
 * With a cost matrix, {@code cost_k} is its row sum (to the power tau, 1 by default: the paper's
 * rule). Without one, the costs come from the training priors, {@code cost_k = prior_k^(-tau)}
 * (post-hoc logit adjustment, {@link ClassPriors#adjustDistributionOverPresentClasses}), and tau
 * is tuned by default: an internal stratified cross-validation whose fold models are trained once,
 * the grid then scanned over their stored out-of-fold predictions.
 *
 * <p>With prior costs and tau = 1 the rule is {@code argmax_k p_k / prior_k}, exactly the
 * prediction of {@link PlugInEmpiricalThreshold} with its defaults.
 *
 * <p>Documented behaviour: with prior costs a class without training weight gets probability 0;
 * a base learner that outputs hard 0/1 distributions keeps its decisions (toString says so);
 * with no training weight at all the base learner's distribution is passed through.
 */
public class ThresholdMoving extends BaseLearnerWrapper {

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

  /** tau tuned with prior costs, taken from -tau with a cost matrix (the default). */
  public static final int TAU_AUTO = 0;
  /** tau always tuned (-tune). */
  public static final int TAU_TUNED = 1;
  /** tau always taken from -tau (-fixed-tau). */
  public static final int TAU_FIXED = 2;
  /** How tau is chosen. */
  public static final Tag[] TAGS_TAU_SELECTION = {
    new Tag(TAU_AUTO, "Auto", "Tuned with prior costs, as given with a cost matrix"),
    new Tag(TAU_TUNED, "Tuned", "Tuned by internal cross-validation (-tune)"),
    new Tag(TAU_FIXED, "Fixed", "As given by -tau (-fixed-tau)")};

  protected boolean m_UseCostMatrix = false;
  protected CostMatrix m_CostMatrix = new CostMatrix(1);
  protected double m_Tau = DEFAULT_TAU;
  protected int m_TauSelection = TAU_AUTO;
  protected String m_TauGrid = DEFAULT_TAU_GRID;
  protected int m_NumFolds = DEFAULT_FOLDS;
  protected String m_Criterion = SelectionCriterion.BALANCED_ACCURACY;

  // learned
  protected Instances m_Header;
  protected double[] m_Priors;
  /** Weighted training count of each class; null in models saved by release 0.1.0. */
  protected double[] m_TrainingCounts;
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
    return "Threshold moving (Zhou and Liu 2006): moves the decisions of any probabilistic classifier towards "
      + "classes that are expensive to miss. The base learner is trained as usual and each predicted "
      + "probability is multiplied by a class cost, p*_k proportional to p_k * cost_k. With a cost matrix "
      + "(rows = actual class) the cost of a class is its row sum, as in the paper (to the power tau, 1 by "
      + "default). Without one, the costs come from the training class priors, cost_k = prior_k^-tau "
      + "(post-hoc logit adjustment, Menon et al. 2021), and tau is tuned: an internal stratified "
      + "cross-validation scores a grid of tau values by balanced accuracy, G-mean or any evaluation-metric "
      + "plugin statistic (the fold models are trained once). tauSelection changes this: Tuned also tunes the "
      + "power of matrix costs, Fixed always takes tau as given.\n\n"
      + "With prior costs and tau = 1 (Fixed, or when tuning picks 1) the rule is argmax_k p_k / prior_k and "
      + "gives exactly the predictions of PlugInEmpiricalThreshold with its defaults.\n\n"
      + "Instance weights are passed to the base learner (resampled with weights if it cannot use them) and "
      + "counted in the priors. The output is a proper probability distribution, so ROC and cost curves still "
      + "work. With prior costs, a class absent from the training data gets probability 0. A built model may "
      + "be used by many threads at once, whatever the base learner.\n\n"
      + "For more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.with(Citations.zhou2006(), Citations.menon2021());
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
    v.add(new Option("\tAlways tune tau by internal stratified cross-validation, matrix costs too.\n"
      + "\t(default: tuned with prior costs, -tau with a cost matrix)", "tune", 0, "-tune"));
    v.add(new Option("\tNever tune: always use -tau.", "fixed-tau", 0, "-fixed-tau"));
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
    String matrix = OptionValues.getString("cost-matrix", options, "");
    String file = OptionValues.getString("C", options, "");
    if (!matrix.isEmpty() && !file.isEmpty()) {
      throw new IllegalArgumentException("give either -cost-matrix or -C, not both (got \"" + matrix + "\" and "
        + file + ")");
    }
    setCostMatrix(matrix.isEmpty() ? file.isEmpty() ? new CostMatrix(1) : ClassCosts.read("C", file)
      : ClassCosts.parseMatlab("cost-matrix", matrix));
    setUseCostMatrix(!matrix.isEmpty() || !file.isEmpty());
    setTau(OptionValues.getDouble("tau", options, DEFAULT_TAU));
    boolean tune = Utils.getFlag("tune", options);
    boolean fixed = Utils.getFlag("fixed-tau", options);
    if (tune && fixed) {
      throw new IllegalArgumentException("give either -tune or -fixed-tau, not both");
    }
    setTauSelection(new SelectedTag(tune ? TAU_TUNED : fixed ? TAU_FIXED : TAU_AUTO, TAGS_TAU_SELECTION));
    setTauGrid(OptionValues.getString("tau-grid", options, DEFAULT_TAU_GRID));
    setNumFolds(OptionValues.getInt("folds", options, DEFAULT_FOLDS));
    setCriterion(OptionValues.getString("criterion", options, SelectionCriterion.BALANCED_ACCURACY));
    SelectionCriterion.checkName(m_Criterion);
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
    checkCostMatrixInUse();
  }

  /** The check that involves two options: costs from a matrix need a matrix with a positive cost. */
  private void checkCostMatrixInUse() {
    if (m_UseCostMatrix) {
      ClassCosts.rowSums(m_CostMatrix, m_CostMatrix.numRows());
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
    if (m_TauSelection != TAU_AUTO) {
      o.add(m_TauSelection == TAU_TUNED ? "-tune" : "-fixed-tau");
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
    return "Take the class costs from the cost matrix instead of the training class priors.";
  }

  public boolean getUseCostMatrix() {
    return m_UseCostMatrix;
  }

  public void setUseCostMatrix(boolean value) {
    m_UseCostMatrix = value;
  }

  public String costMatrixTipText() {
    return "The cost matrix (rows = actual class), used when useCostMatrix is on.";
  }

  public CostMatrix getCostMatrix() {
    return m_CostMatrix;
  }

  public void setCostMatrix(CostMatrix value) {
    ClassCosts.checkEntries(value);
    m_CostMatrix = value;
  }

  public String tauTipText() {
    return "Scaling of the costs, >= 0: 0 changes nothing, 1 uses the costs themselves.";
  }

  public double getTau() {
    return m_Tau;
  }

  public void setTau(double value) {
    m_Tau = OptionValues.nonNegative("tau", value);
  }

  public String tauSelectionTipText() {
    return "How tau is chosen: Auto tunes it with prior costs only, Tuned always, Fixed never.";
  }

  public SelectedTag getTauSelection() {
    return new SelectedTag(m_TauSelection, TAGS_TAU_SELECTION);
  }

  public void setTauSelection(SelectedTag value) {
    m_TauSelection = OptionValues.tagId("tau-selection", value, TAGS_TAU_SELECTION);
  }

  public String tauGridTipText() {
    return "Comma-separated values of tau tried when tuning.";
  }

  public String getTauGrid() {
    return m_TauGrid;
  }

  /**
   * @param value comma-separated values of tau, each finite and &gt;= 0 (empty is accepted here, so
   *          that the object editor can clear the field, and refused when tuning starts)
   */
  public void setTauGrid(String value) {
    grid(value);
    m_TauGrid = value.trim();
  }

  private static double[] grid(String value) {
    double[] g = OptionValues.parseDoubles("tau-grid", value);
    for (double t : g) {
      OptionValues.nonNegative("tau-grid", t);
    }
    return g;
  }

  public String numFoldsTipText() {
    return "Number of folds of the internal cross-validation used for tuning.";
  }

  public int getNumFolds() {
    return m_NumFolds;
  }

  public void setNumFolds(int value) {
    m_NumFolds = OptionValues.atLeast("folds", value, 2);
  }

  public String criterionTipText() {
    return "What tuning maximises: BalancedAccuracy, GMean or a metric plugin's statistic.";
  }

  public String getCriterion() {
    return m_Criterion;
  }

  /**
   * @param value BalancedAccuracy, GMean or the statistic name of an evaluation-metric plugin; the
   *          name is checked by setOptions and when training starts, not here, because the object
   *          editor sets the text after every key stroke
   */
  public void setCriterion(String value) {
    m_Criterion = value == null ? "" : value.trim();
  }

  /** @return the tau used by the built model */
  public double getLearnedTau() {
    return m_UsedTau;
  }

  /** @return whether tau is tuned with the current options */
  public boolean tunesTau() {
    return m_TauSelection == TAU_TUNED || (m_TauSelection == TAU_AUTO && !m_UseCostMatrix);
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
    boolean tune = tunesTau();
    double[] grid = tune ? grid(m_TauGrid) : null;
    OptionValues.require(!tune || grid.length > 0, "tau-grid", "''", "at least one value of tau when tuning");
    SelectionCriterion criterion = new SelectionCriterion(m_Criterion);
    data = trainingCopy(data);
    if (tune) {
      criterion.check(data);
    }
    m_Header = new Instances(data, 0);
    m_MatrixCosts = m_UseCostMatrix ? ClassCosts.rowSums(m_CostMatrix, data.numClasses()) : null;
    double[] counts = ClassPriors.weightedCounts(data);
    m_TrainingCounts = counts.clone();
    m_Priors = Utils.sum(counts) > 0 ? ClassPriors.priors(counts) : null;

    Random random = new Random(m_Seed);
    m_Resampled = Training.buildWithWeights(m_Classifier, data, random);
    m_HardBase = Training.givesHardDistributions(m_Classifier, data, HARD_CHECK_INSTANCES);

    m_UsedTau = m_Tau;
    m_GridTaus = null;
    m_GridScores = null;
    if (tune && m_Priors != null && data.numInstances() >= 2) {
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

  /** The correction itself: prior costs (classes without prior weight removed) or matrix costs. */
  static double[] adjust(double[] dist, double[] priors, double[] scaledCosts, double tau) {
    if (priors == null) {
      return dist.clone();
    }
    if (scaledCosts != null) {
      return ClassCosts.adjustDistribution(dist, scaledCosts);
    }
    return ClassPriors.adjustDistributionOverPresentClasses(dist, priors, tau);
  }

  @Override
  protected double[] correct(double[] dist) {
    return adjust(dist, m_Priors, m_ScaledCosts, m_UsedTau);
  }

  @Override
  public String toString() {
    if (m_Header == null) {
      return "ThresholdMoving: no model built yet.";
    }
    StringBuilder sb = new StringBuilder("ThresholdMoving (Zhou & Liu 2006)\n=================================\n\n");
    if (m_Priors == null) {
      sb.append("No training weight: the base learner's distribution is passed through.\n");
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
    return sb.append(baseLearnerSection(m_Resampled, "Base classifier")).toString();
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 2 $");
  }

  public static void main(String[] args) {
    runClassifier(new ThresholdMoving(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "ThresholdMoving", () -> m_SavedByRelease);
  }
}
