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
package weka.imbalance.nn;

/**
 * The training schedules of the papers' own code: optimiser, learning-rate warm-up and decay, and
 * the normalisation of the mini-batch loss, as each paper's authors ran them (read in their
 * repositories; see doc/LogitAdjustedMLP.md). The base learning rate, weight decay, mini-batch
 * size and number of epochs stay the classifier's own (the budget); warm-up and decay points,
 * given by the code for 200 (or 1241) epochs, are scaled to the number of epochs.
 */
public enum TrainingPreset {

  /** No preset: the classifier's own optimiser, schedule and normalisation options apply. */
  NONE("none", "the optimiser, schedule and normalisation options", 0, new double[0], 1, false, null),

  /**
   * Cao et al. 2019, kaidic/LDAM-DRW cifar_train.py: SGD with momentum 0.9 (not Nesterov), linear
   * warm-up over the first 5 of 200 epochs, learning rate x0.01 from epoch 160 and x0.0001 from
   * epoch 180, PyTorch's weighted-mean cross-entropy.
   */
  LDAM_DRW("ldam-drw", "LDAM-DRW code (Cao et al. 2019)", 5.0 / 200, new double[] { 160.0 / 200, 180.0 / 200 }, 0.01,
    false, LossNormalisation.WEIGHTED_MEAN),

  /**
   * Menon et al. 2021, google-research logit_adjustment main.py and utils.py (CIFAR-10-LT): SGD
   * with Nesterov momentum 0.9, linear warm-up over the first 20 of 1241 epochs, learning rate
   * x0.1 from epoch 604, x0.01 from 926 and x0.001 from 1128, mean over the batch.
   */
  LOGIT_ADJUSTMENT("logit-adjustment", "logit-adjustment code (Menon et al. 2021)", 20.0 / 1241,
    new double[] { 604.0 / 1241, 926.0 / 1241, 1128.0 / 1241 }, 0.1, true, LossNormalisation.BATCH_MEAN),

  /**
   * Wang et al. 2023, wang22ti/DDC cifar_train.py and utils/utils.py (Algorithm 1; the code builds
   * on LDAM-DRW's): the LDAM-DRW schedule, with ADRW and TLA from epoch 160 of 200.
   */
  WANG2023("wang2023", "DDC code of Algorithm 1 (Wang et al. 2023)", 5.0 / 200, new double[] { 160.0 / 200,
    180.0 / 200 }, 0.01, false, LossNormalisation.WEIGHTED_MEAN);

  /** Momentum of SGD in every paper's code. */
  public static final double MOMENTUM = 0.9;

  private final String m_name;
  private final String m_source;
  private final double m_warmup;
  private final double[] m_decayAt;
  private final double m_decayFactor;
  private final boolean m_nesterov;
  private final LossNormalisation m_normalisation;

  TrainingPreset(String name, String source, double warmup, double[] decayAt, double decayFactor, boolean nesterov,
    LossNormalisation normalisation) {
    m_name = name;
    m_source = source;
    m_warmup = warmup;
    m_decayAt = decayAt;
    m_decayFactor = decayFactor;
    m_nesterov = nesterov;
    m_normalisation = normalisation;
  }

  /** @return the option value naming the preset */
  public String optionName() {
    return m_name;
  }

  /** @return where the preset comes from */
  public String source() {
    return m_source;
  }

  /**
   * @param numEpochs the number of epochs
   * @return the warm-up epochs: the paper's share of training, rounded, at least one
   */
  public int warmupEpochs(int numEpochs) {
    return Math.max(1, (int) Math.round(m_warmup * numEpochs));
  }

  /**
   * @param baseRate the base learning rate
   * @param numEpochs the number of epochs
   * @return the paper's learning-rate schedule
   */
  public LearningRateSchedule schedule(double baseRate, int numEpochs) {
    return new LearningRateSchedule(baseRate, warmupEpochs(numEpochs), LearningRateSchedule.Shape.STEP, m_decayAt,
      m_decayFactor);
  }

  /** @return a new optimiser as the paper's code uses it */
  public Optimiser optimiser() {
    return new SGD(MOMENTUM, m_nesterov);
  }

  /** @return the paper's normalisation of the mini-batch loss */
  public LossNormalisation normalisation() {
    return m_normalisation;
  }

  /**
   * @param numEpochs the number of epochs
   * @return what the preset does, for the model's description
   */
  public String describe(int numEpochs) {
    if (this == NONE) {
      return m_name;
    }
    StringBuilder b = new StringBuilder(m_name).append(" (").append(m_source).append("): SGD with ")
      .append(m_nesterov ? "Nesterov " : "").append("momentum ").append(MOMENTUM).append(", warm-up ")
      .append(warmupEpochs(numEpochs)).append(" epochs, learning rate");
    double f = 1;
    for (double at : m_decayAt) {
      f *= m_decayFactor;
      b.append(" x").append(weka.core.Utils.doubleToString(f, 6)).append(" from epoch ")
        .append(LearningRateSchedule.epochAt(at, numEpochs) + 1);
    }
    return b.append(", loss normalised by ").append(m_normalisation.optionName()).toString();
  }

  /** @return the option values of all presets, for the option's tags */
  public static weka.core.Tag[] tags() {
    TrainingPreset[] all = values();
    weka.core.Tag[] t = new weka.core.Tag[all.length];
    for (int i = 0; i < all.length; i++) {
      t[i] = new weka.core.Tag(i, all[i].m_name, all[i].m_source, false);
    }
    return t;
  }
}
