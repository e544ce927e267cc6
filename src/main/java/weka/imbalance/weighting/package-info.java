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
 * The class-weighting schemes of the package, one plug-in family
 * ({@link weka.imbalance.weighting.ClassWeighting}, {@code -weighting "<class> <options>"}): none,
 * class-balanced by the effective number of samples (Cui et al. 2019), inverse frequency to a
 * power (Wang et al. 2023's ADRW); the last two can be deferred to a fraction of an iterative
 * learner's training (DRW, ADRW). The arithmetic is {@link weka.imbalance.ClassPriors}'s.
 * {@link weka.imbalance.weighting.InverseFrequencyWeighting} is the one to copy for a new scheme.
 */
package weka.imbalance.weighting;
