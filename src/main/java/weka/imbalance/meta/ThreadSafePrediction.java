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


package weka.imbalance.meta;

/**
 * Marks a classifier whose built model may be asked for predictions ({@code distributionForInstance},
 * {@code distributionsForInstances}) by many threads at once and answers each exactly as it would
 * alone: no scratch state shared between calls, no thread left running after a call. A service
 * that embeds a Weka model relies on this; a classifier that cannot promise it must not implement
 * this interface. The package's meta-classifiers implement it whatever their base learner, because
 * they serialise calls into a base learner that is not known to be safe ({@link SharedPrediction}).
 */
public interface ThreadSafePrediction {
}
