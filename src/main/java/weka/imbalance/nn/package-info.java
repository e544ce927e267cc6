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
 * The engine of {@link weka.classifiers.functions.LogitAdjustedMLP}: the network ({@link
 * weka.imbalance.nn.Network}, which owns the forward and the whole backward pass) and its
 * vectorisable kernels, the multi-threaded mini-batch trainer and its worker team, the input
 * encoding, the optimisers (a plug-in family: {@link weka.imbalance.nn.SGD}, {@link
 * weka.imbalance.nn.Adam}), the learning-rate schedule, the papers' training presets and the
 * normalisation of the mini-batch loss.
 *
 * <p>The losses live in {@code weka.imbalance.loss}, the class weightings in
 * {@code weka.imbalance.weighting}; the engine knows a loss only through
 * {@link weka.imbalance.loss.Loss}. doc/design.md shows the layers and where a new loss,
 * weighting, optimiser or schedule goes.
 */
package weka.imbalance.nn;
