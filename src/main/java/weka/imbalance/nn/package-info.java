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
 * The parts of {@link weka.classifiers.functions.LogitAdjustedMLP}: the network and its
 * vectorisable kernels, the training losses for long-tailed data ({@link weka.imbalance.nn.Loss}:
 * cross-entropy, logit-adjusted, LDAM, focal, VS), the class-weighting schemes
 * ({@link weka.imbalance.nn.ClassWeighting}: none, class-balanced by effective number, inverse
 * frequency to a power; each with a start epoch for deferred re-weighting), the optimisers, the
 * learning-rate schedule, the input encoding and the multi-threaded mini-batch trainer.
 *
 * <p>Losses and weightings are plug-ins: the classifier takes them as {@code -loss "<class>
 * <options>"} and {@code -weighting "<class> <options>"}, and the Explorer offers every class of
 * this package that implements the interface.
 */
package weka.imbalance.nn;
