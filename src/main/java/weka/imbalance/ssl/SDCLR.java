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

import java.util.Arrays;

import weka.core.OptionMetadata;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.nn.Network;

/**
 * SDCLR (Jiang et al., ICML 2021), as the authors' code does it: at the start of every epoch the
 * encoder's weights are pruned by magnitude, one global threshold over all encoder layers (the
 * {@code ceil(ratio * count)}-th smallest |w| kept and above); the second view goes through the
 * pruned encoder, which shares every remaining weight with the dense one (the pruned branch's
 * gradient reaches the kept weights only). The projection head and the biases are not pruned.
 */
public class SDCLR extends ContrastiveMethod {

  private static final long serialVersionUID = 2290734771389530651L;

  /** The pruning ratio of the paper's CIFAR runs and of the Geometric Harmonization code's SDCLR. */
  public static final double DEFAULT_PRUNE = 0.9;

  private double m_prune = DEFAULT_PRUNE;
  private transient float[][] m_mask;

  @Override
  public String globalInfo() {
    return "SDCLR, self-damaging contrastive learning: the second view of every instance goes through a copy "
      + "of the encoder pruned by weight magnitude (the mask refreshed at every epoch, the kept weights shared), "
      + "so the instances the pruned model forgets, mostly the rare ones, get a larger contrastive loss and more "
      + "attention (Jiang et al., ICML 2021).\n\nFor more information see:\n\n"
      + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.jiang2021();
  }

  @Override
  public void startEpoch(int epoch, int numEpochs, Network net, int encoderLayers) {
    m_mask = mask(net, encoderLayers, m_prune);
  }

  /**
   * The global magnitude mask of the encoder's weights.
   *
   * @param net the network
   * @param encoderLayers the encoder's layers (from the first)
   * @param ratio the fraction to prune
   * @return 0/1 rows for the encoder's weight rows, null rows elsewhere
   */
  public static float[][] mask(Network net, int encoderLayers, double ratio) {
    float[][] p = net.params();
    int count = 0;
    for (int l = 1; l <= encoderLayers; l++) {
      count += net.size(l - 1) * net.size(l);
    }
    float[] all = new float[count];
    int k = 0;
    for (int l = 1; l <= encoderLayers; l++) {
      for (int i = 0; i < net.size(l - 1); i++) {
        for (float w : p[net.weightRow(l) + i]) {
          all[k++] = Math.abs(w);
        }
      }
    }
    Arrays.sort(all);
    float threshold = count == 0 ? 0 : all[(int) Math.min((long) Math.ceil(ratio * count), count - 1)];
    float[][] mask = new float[p.length][];
    for (int l = 1; l <= encoderLayers; l++) {
      for (int i = 0; i < net.size(l - 1); i++) {
        float[] w = p[net.weightRow(l) + i];
        float[] m = new float[w.length];
        for (int j = 0; j < w.length; j++) {
          m[j] = Math.abs(w[j]) >= threshold ? 1f : 0f;
        }
        mask[net.weightRow(l) + i] = m;
      }
    }
    return mask;
  }

  @Override
  public float[][] secondViewMask() {
    return m_mask;
  }

  /** @return the pruning ratio */
  @OptionMetadata(displayName = "prune", description = "Fraction of the encoder's weights pruned (by magnitude) "
    + "in the second view's encoder (default 0.9).", commandLineParamName = "prune",
    commandLineParamSynopsis = "-prune <fraction>", displayOrder = 1)
  public double getPrune() {
    return m_prune;
  }

  /** @param ratio the pruning ratio, in [0, 1) */
  public void setPrune(double ratio) {
    OptionValues.require(ratio >= 0 && ratio < 1, "prune", ratio, "in [0, 1)");
    m_prune = ratio;
  }
}
