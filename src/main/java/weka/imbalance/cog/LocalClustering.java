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

package weka.imbalance.cog;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import weka.clusterers.AbstractClusterer;
import weka.clusterers.Clusterer;
import weka.clusterers.NumberOfClustersRequestable;
import weka.core.Instances;
import weka.core.Randomizable;
import weka.core.WeightedInstancesHandler;
import weka.core.WekaException;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.ReplaceMissingValues;

/**
 * Phase I for one class: clusters the instances of one class (without the class attribute) with
 * a copy of the clusterer, and assigns each of them to a cluster.
 *
 * <ul>
 * <li>The number of clusters is requested through {@link NumberOfClustersRequestable} or a public
 * {@code setNumClusters(int)} (FarthestFirst, HierarchicalClusterer); other clusterers choose it
 * themselves.</li>
 * <li>A {@link Randomizable} clusterer gets a seed drawn from the given random number generator,
 * before anything else is drawn, so the caller's seed alone fixes the result.</li>
 * <li>A clusterer that is not a {@link WeightedInstancesHandler} is built on a weighted resample
 * (seeded) when the weights differ; every instance of the class is then assigned with
 * {@code clusterInstance}.</li>
 * <li>The number of clusters is capped at the number of distinct instances the clusterer is built
 * on, counted after missing values are replaced by the means and modes of those instances (what
 * SimpleKMeans and EM do before clustering): k-means++ cannot choose two centres among identical
 * points. With fewer than two distinct instances the class is not clustered.</li>
 * <li>A cluster index outside the clusterer's own range is an error naming the clusterer.</li>
 * </ul>
 */
final class LocalClustering {

  /** The built clusterer, null if the class was not clustered. */
  final Clusterer clusterer;

  /** The number of clusters asked for (after the cap). */
  final int requested;

  /** The number of clusters the clusterer reports. */
  final int returned;

  /** Whether the clusterer was built on a weighted resample. */
  final boolean resampled;

  /** The cluster of each instance of the class, in order. */
  final int[] clusterOf;

  private LocalClustering(Clusterer clusterer, int requested, int returned, boolean resampled, int[] clusterOf) {
    this.clusterer = clusterer;
    this.requested = requested;
    this.returned = returned;
    this.resampled = resampled;
    this.clusterOf = clusterOf;
  }

  /**
   * @param template the clusterer to copy (not modified)
   * @param classData the instances of the class, without the class attribute
   * @param k the number of clusters wanted, at least 2
   * @param random the random number generator (the clusterer's seed, the weighted resample)
   * @param className the class's name, for messages
   * @return the clustering; {@link #clusterer} is null if the class could not be split
   * @throws Exception if the clusterer fails
   */
  static LocalClustering run(Clusterer template, Instances classData, int k, Random random, String className)
    throws Exception {
    Clusterer clusterer = AbstractClusterer.makeCopy(template);
    int seed = random.nextInt();
    Instances buildData = classData;
    boolean resampled = false;
    if (!(clusterer instanceof WeightedInstancesHandler) && !classData.allInstanceWeightsIdentical()) {
      buildData = classData.resampleWithWeights(random);
      resampled = true;
      k = Math.min(k, distinctInstances(buildData, k));
    }
    if (k < 2) {
      return new LocalClustering(null, k, 0, resampled, new int[classData.numInstances()]);
    }
    requestNumClusters(clusterer, k);
    if (clusterer instanceof Randomizable) {
      ((Randomizable) clusterer).setSeed(seed);
    }
    clusterer.buildClusterer(buildData);
    int numClusters = clusterer.numberOfClusters();
    int[] clusterOf = new int[classData.numInstances()];
    for (int j = 0; j < clusterOf.length; j++) {
      int c = clusterer.clusterInstance(classData.instance(j));
      if (c < 0 || c >= numClusters) {
        throw new WekaException("COG: clusterer " + clusterer.getClass().getName() + " put an instance of class '"
          + className + "' into cluster " + c + ", outside 0.." + (numClusters - 1));
      }
      clusterOf[j] = c;
    }
    return new LocalClustering(clusterer, k, numClusters, resampled, clusterOf);
  }

  /**
   * @param data instances without a class attribute
   * @param limit counting stops here
   * @return the number of distinct attribute vectors, up to {@code limit}, once missing values are
   *         replaced by the (weighted) means and modes of the data
   * @throws Exception if the replacement fails
   */
  static int distinctInstances(Instances data, int limit) throws Exception {
    Instances filled = data;
    if (hasMissing(data)) {
      ReplaceMissingValues rmv = new ReplaceMissingValues();
      rmv.setInputFormat(data);
      filled = Filter.useFilter(data, rmv);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < filled.numInstances() && seen.size() < limit; i++) {
      seen.add(Arrays.toString(filled.instance(i).toDoubleArray()));
    }
    return seen.size();
  }

  private static boolean hasMissing(Instances data) {
    for (int i = 0; i < data.numInstances(); i++) {
      if (data.instance(i).hasMissingValue()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Asks a clusterer for a number of clusters: through {@link NumberOfClustersRequestable}, or
   * else through a public {@code setNumClusters(int)} method.
   *
   * @param clusterer the clusterer
   * @param k the number of clusters
   * @return whether the clusterer accepted the number
   * @throws Exception if the clusterer rejects the number
   */
  static boolean requestNumClusters(Clusterer clusterer, int k) throws Exception {
    if (clusterer instanceof NumberOfClustersRequestable) {
      ((NumberOfClustersRequestable) clusterer).setNumClusters(k);
      return true;
    }
    Method m;
    try {
      m = clusterer.getClass().getMethod("setNumClusters", int.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
    try {
      m.invoke(clusterer, k);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception) {
        throw (Exception) e.getCause();
      }
      throw e;
    }
    return true;
  }
}
