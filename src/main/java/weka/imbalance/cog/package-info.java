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
 * Local class decomposition (COG, Wu, Xiong &amp; Chen, Data Mining and Knowledge Discovery
 * 2010), the one implementation behind {@code weka.classifiers.meta.COGClassifier} and
 * {@code weka.filters.supervised.attribute.COGDecomposition}, one job per class:
 * <ul>
 * <li>{@link weka.imbalance.cog.DecompositionSettings}: the Phase I options, their checks, help
 * and tool tips;</li>
 * <li>{@link weka.imbalance.cog.DecompositionPlan}: which classes are decomposed, into how many
 * subclasses;</li>
 * <li>{@link weka.imbalance.cog.LocalClustering}: clustering one class;</li>
 * <li>{@link weka.imbalance.cog.ClassDecomposition}: the fitted decomposition (relabelling, mapping
 * new instances, the report);</li>
 * <li>{@link weka.imbalance.cog.ClassReplication}: Phase II of COG-OS, each class replicated by
 * its rate r(j);</li>
 * <li>{@link weka.imbalance.cog.Combination}: Phase IV, subclass predictions back to classes;</li>
 * <li>{@link weka.imbalance.cog.BaseLearnerCheck}: the base learner COG warns about.</li>
 * </ul>
 */
package weka.imbalance.cog;
