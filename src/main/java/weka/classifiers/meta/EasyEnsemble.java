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

import weka.classifiers.Classifier;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.imbalance.Release;

/**
 * EasyEnsemble (Liu, Wu and Zhou 2009): AdaBoost ensembles, each trained on a balanced subset of
 * the training data (every class reduced at random to the count of the smallest), and their
 * probabilities averaged. It is {@link BalancedBagging} with AdaBoostM1 as the base learner and
 * the whole training data, not a bootstrap sample, as the start of each subset.
 */
public class EasyEnsemble extends BalancedBagging {

  private static final long serialVersionUID = 6190373830184472207L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  @Override
  protected Classifier defaultBaseLearner() {
    return new AdaBoostM1();
  }

  @Override
  protected String defaultClassifierString() {
    return "weka.classifiers.meta.AdaBoostM1";
  }

  @Override
  protected String[] defaultClassifierOptions() {
    return new String[0];
  }

  @Override
  protected boolean defaultBootstrap() {
    return false;
  }

  @Override
  public String globalInfo() {
    return "EasyEnsemble: independent balanced subsets of the training data, each obtained by reducing every class "
      + "at random to the count of the smallest class, an AdaBoostM1 ensemble trained on each, and their "
      + "probabilities averaged (imbalanced-learn's EasyEnsembleClassifier). Weka's Bagging machinery builds the "
      + "subsets (seeded, in parallel over the execution slots, the same answer for any number of them).\n\n"
      + "Defaults: 10 subsets, as imbalanced-learn; AdaBoostM1 with Weka's default of 10 rounds of "
      + "DecisionStump, the paper's 10 rounds per subset (imbalanced-learn's AdaBoost has 50). Differences "
      + "from the paper, which are imbalanced-learn's too: the subsets' AdaBoost probabilities are averaged "
      + "instead of summing every weak learner's weighted vote against one threshold, and more than two "
      + "classes are allowed (every class is reduced to the smallest). Any sampler can replace the random "
      + "undersampling; -bootstrap starts each subset from a bootstrap sample. The class counts of every "
      + "subset are shown in the model's output. Nominal classes only.\n\nA built model may be used by many "
      + "threads at once, whatever the base learner.\n\nFor more information see:\n\n"
      + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.liu2009();
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * @param args the command line
   */
  public static void main(String[] args) {
    runClassifier(new EasyEnsemble(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "EasyEnsemble", () -> m_SavedByRelease);
  }
}
