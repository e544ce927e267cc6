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

package weka.imbalance.ssl;

import java.util.Random;

import weka.core.OptionMetadata;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;

/**
 * BCL (Zhou et al., ICML 2022), as the authors' code does it: each instance's memorization score is
 * the moving average of its NT-Xent loss, {@code m_i <- beta m_i + (1 - beta) l_i} (the first epoch's
 * loss as it is), normalised at the end of every epoch to [0, 1] by
 * {@code w = ((m - mean) / sd) / max|(m - mean) / sd| / 2 + 1/2}; in the next epoch each view of
 * instance i gets, on top of the plain augmentation, one operation drawn uniformly from the code's
 * RandAugment pool, applied with probability w_i at magnitude {@code (10 + 20 w_i) / 30} of its range
 * (the code's {@code RandAugment_prob(rand_k = 1, 10 + 20 w, w)}; its rule for {@code rand_k > 1},
 * magnitudes {@code 5 + 25 w u}, is not offered). The first epoch has no boost (w = 0). On images
 * the pool is {@link GreyRandAugment}, the code's 15 operations on a grey image; on tabular data,
 * which the code does not cover, masking or noise (see {@link Augmenter}).
 */
public class BCL extends ContrastiveMethod {

  private static final long serialVersionUID = -5182807624391557718L;

  /** The authors' {@code momentum_loss_beta}. */
  public static final double DEFAULT_BETA = 0.97;

  private double m_beta = DEFAULT_BETA;
  private transient double[] m_momentum;
  private transient double[] m_weight;

  @Override
  public String globalInfo() {
    return "BCL, boosted contrastive learning: the moving average of each instance's contrastive loss "
      + "(a memorization score, high for the instances the model has not learned yet, mostly rare ones), "
      + "normalised to [0, 1], sets the probability and the strength of an extra augmentation of that "
      + "instance in the next epoch (Zhou et al., ICML 2022). As the authors' code: each view, with "
      + "probability w (the score), gets one operation drawn from RandAugment's pool at strength "
      + "(10 + 20 w) / 30 of its range. Images (-image): the code's 15 operations on a grey image (shear, "
      + "translate and rotate; autocontrast, invert, equalize, solarize, posterize, contrast, brightness, "
      + "sharpness, cutout; its colour operation does nothing on grey). Tabular data, which BCL's code "
      + "does not cover: more masking or more noise instead.\n\nFor more information see:\n\n"
      + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.zhou2022();
  }

  @Override
  public void initialise(int numInstances, int projectionDim, Random random) {
    m_momentum = new double[numInstances];
    m_weight = new double[numInstances];
  }

  @Override
  public double boost(int instance) {
    return m_weight[instance];
  }

  @Override
  public void afterBatch(int[] rows, int n, double[] perInstance, double[][] u1, int epoch) {
    for (int r = 0; r < n; r++) {
      int i = rows[r];
      m_momentum[i] = epoch == 0 ? perInstance[r] : m_beta * m_momentum[i] + (1 - m_beta) * perInstance[r];
    }
  }

  @Override
  public void endEpoch(int epoch, int numEpochs) {
    normalise(m_momentum, m_weight);
  }

  /**
   * The tutorial's (and the code's) normalisation to [0, 1].
   *
   * @param m the scores
   * @param w receives {@code ((m - mean) / sd) / max|(m - mean) / sd| / 2 + 1/2} (1/2 everywhere when
   *          the scores are all equal); sd with n - 1, as torch.std
   */
  public static void normalise(double[] m, double[] w) {
    int n = m.length;
    double mean = 0;
    for (double v : m) {
      mean += v;
    }
    mean /= n;
    double ss = 0;
    for (double v : m) {
      ss += (v - mean) * (v - mean);
    }
    double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    double max = 0;
    for (double v : m) {
      max = Math.max(max, sd > 0 ? Math.abs((v - mean) / sd) : 0);
    }
    for (int i = 0; i < n; i++) {
      w[i] = max > 0 ? (m[i] - mean) / sd / max / 2 + 0.5 : 0.5;
    }
  }

  /** @return beta */
  @OptionMetadata(displayName = "beta", description = "Momentum of the moving average of each instance's loss "
    + "(default 0.97, the authors').", commandLineParamName = "beta", commandLineParamSynopsis = "-beta <b>",
    displayOrder = 1)
  public double getBeta() {
    return m_beta;
  }

  /** @param beta the momentum, in [0, 1) */
  public void setBeta(double beta) {
    OptionValues.require(beta >= 0 && beta < 1, "beta", beta, "in [0, 1)");
    m_beta = beta;
  }
}
