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

import weka.core.TechnicalInformation;
import weka.imbalance.Citations;

/** SimCLR (Chen et al., ICML 2020): NT-Xent over the 2N views, nothing else. */
public class SimCLR extends ContrastiveMethod {

  private static final long serialVersionUID = -2630187469338296447L;

  @Override
  public String globalInfo() {
    return "SimCLR: two augmented views of every instance go through the same encoder and projection head; "
      + "NT-Xent (InfoNCE over the 2N views of a mini-batch, cosine similarity over a temperature) pulls the "
      + "two views of an instance together and pushes the other views away (Chen et al., ICML 2020). The "
      + "baseline of the long-tailed methods.\n\nFor more information see:\n\n"
      + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.chen2020simclr();
  }
}
