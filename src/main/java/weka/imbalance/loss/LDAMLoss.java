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
package weka.imbalance.loss;

import weka.core.OptionMetadata;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.core.TechnicalInformationHandler;
import weka.imbalance.OptionValues;

/**
 * Label-distribution-aware margin loss (Cao et al., NeurIPS 2019): subtract the class margin
 * {@code m_y = maxMargin * (n_min / n_y)^(1/4)} from the target logit only, multiply all logits by
 * {@code scale}, then cross-entropy. As in the authors' code, the rarest present class gets the
 * largest margin; the loss needs the cosine output layer (logits in [-1, 1]), since margin and
 * scale only make sense for bounded logits. Combine with
 * {@code EffectiveNumberWeighting -start 0.8} for LDAM-DRW.
 */
public class LDAMLoss extends AbstractLoss implements TechnicalInformationHandler {

  private static final long serialVersionUID = 3527180905004342276L;

  /** Default largest margin (authors' code). */
  public static final double DEFAULT_MAX_MARGIN = 0.5;
  /** Default logit scale (authors' code). */
  public static final double DEFAULT_SCALE = 30;

  private double m_maxMargin = DEFAULT_MAX_MARGIN;
  private double m_scale = DEFAULT_SCALE;
  private double[] m_margin;

  @Override
  public String globalInfo() {
    return "LDAM loss: cross-entropy on scale * (z - m_y e_y) with class margins m_y proportional to "
      + "n_y^(-1/4), the largest (maxMargin) for the rarest class. Needs the classifier's cosine output "
      + "layer.\n\nFor more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.cao2019();
  }

  @Override
  public boolean needsCosineOutput() {
    return true;
  }

  /** @return the scale s: the model predicts with softmax(s * cosines), the logits this loss trained */
  @Override
  public double logitScale() {
    return m_scale;
  }

  @Override
  public void initialise(double[] classCounts) {
    double min = Double.POSITIVE_INFINITY;
    for (double n : classCounts) {
      if (n > 0) {
        min = Math.min(min, n);
      }
    }
    m_margin = new double[classCounts.length];
    for (int k = 0; k < classCounts.length; k++) {
      m_margin[k] = classCounts[k] > 0 ? m_maxMargin * Math.pow(min / classCounts[k], 0.25) : m_maxMargin;
    }
  }

  /** @return the margins from the last {@link #initialise(double[])} (for tests) */
  double[] margins() {
    return m_margin.clone();
  }

  @Override
  public double lossAndGradient(double[] z, int y, double[] grad) {
    double[] a = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      a[k] = m_scale * (k == y ? z[k] - m_margin[k] : z[k]);
    }
    double loss = softmaxCrossEntropy(a, y, grad);
    for (int k = 0; k < z.length; k++) {
      grad[k] *= m_scale;
    }
    return loss;
  }

  /** @return the largest margin */
  @OptionMetadata(displayName = "maxMargin", description = "Margin of the rarest class; the others get "
    + "maxMargin * (n_min / n_y)^(1/4).", commandLineParamName = "max-margin",
    commandLineParamSynopsis = "-max-margin <double>", displayOrder = 1)
  public double getMaxMargin() {
    return m_maxMargin;
  }

  /** @param m the largest margin, finite and &gt;= 0 */
  public void setMaxMargin(double m) {
    m_maxMargin = OptionValues.nonNegative("max-margin", m);
  }

  /** @return the logit scale */
  @OptionMetadata(displayName = "scale", description = "Factor s the (cosine) logits are multiplied by.",
    commandLineParamName = "scale", commandLineParamSynopsis = "-scale <double>", displayOrder = 2)
  public double getScale() {
    return m_scale;
  }

  /** @param s the logit scale, finite and &gt; 0 */
  public void setScale(double s) {
    m_scale = OptionValues.positive("scale", s);
  }
}
