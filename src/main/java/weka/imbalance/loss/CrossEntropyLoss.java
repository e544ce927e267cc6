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

/**
 * Plain softmax cross-entropy {@code -log softmax(z)_y} (empirical risk minimisation, "ERM").
 */
public class CrossEntropyLoss extends AbstractLoss {

  private static final long serialVersionUID = 6002338624318049129L;

  @Override
  public String globalInfo() {
    return "Softmax cross-entropy -log softmax(z)_y: the standard loss, which on long-tailed data "
      + "favours the frequent classes (the ERM baseline).";
  }

  @Override
  public void initialise(double[] classCounts) {
  }

  @Override
  public double lossAndGradient(double[] z, int y, double[] grad) {
    return softmaxCrossEntropy(z, y, grad);
  }
}
