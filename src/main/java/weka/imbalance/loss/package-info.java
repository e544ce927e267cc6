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

/**
 * The training losses of {@link weka.classifiers.functions.LogitAdjustedMLP} for long-tailed
 * data ({@link weka.imbalance.loss.Loss}): cross-entropy, logit-adjusted (Menon et al. 2021), LDAM
 * (Cao et al. 2019), focal (Lin et al. 2017) and VS (Kini et al. 2021, with Wang et al.'s TLA
 * phase). Each is a small plug-in ({@code -loss "<class> <options>"}; the Explorer offers every
 * class of this package): the loss of one instance and its gradient with respect to the logits,
 * its options from {@code @OptionMetadata} annotations with checking setters, its paper's
 * citation from {@link weka.imbalance.Citations}. {@link weka.imbalance.loss.LogitAdjustedLoss}
 * is the one to copy for a new loss.
 */
package weka.imbalance.loss;
