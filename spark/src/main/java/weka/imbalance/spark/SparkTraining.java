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

package weka.imbalance.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.distributed.WekaClassifierMapTask;
import weka.distributed.WekaClassifierReduceTask;

/**
 * Trains any Weka classifier on an RDD of rows: gathered on the driver when the data has at most
 * {@code gatherMax} rows (the very model a single JVM would build from the same rows in the same
 * order), else one model per partition, built and combined by distributedWekaBase's
 * {@link WekaClassifierMapTask} and {@link WekaClassifierReduceTask}: an aggregateable classifier
 * (e.g. NaiveBayes) is merged into one model, any other becomes a voted ensemble of the partitions'
 * models.
 */
public final class SparkTraining {

  /** Default largest number of rows trained on the driver. */
  public static final long DEFAULT_GATHER_MAX = 2_000_000;

  private SparkTraining() {
  }

  /**
   * @param rows the training rows
   * @param header their header, class set
   * @param classifier the classifier (copied, never changed)
   * @param gatherMax the largest number of rows gathered on the driver
   * @param partitions the number of partitions of per-partition training (0: the RDD's); the rows
   *          are shuffled into them, so that every partition holds every class in its proportion
   * @return the model
   * @throws Exception if training fails
   */
  public static Classifier train(JavaRDD<double[]> rows, Instances header, Classifier classifier, long gatherMax,
    int partitions) throws Exception {
    long n = rows.count();
    if (n <= gatherMax) {
      Instances data = ArffRows.toInstances(rows.collect(), header);
      Classifier model = AbstractClassifier.makeCopy(classifier);
      model.buildClassifier(data);
      return model;
    }
    Instances h = new Instances(header, 0);
    Classifier template = AbstractClassifier.makeCopy(classifier);
    int p = partitions > 0 ? partitions : rows.getNumPartitions();
    List<Classifier> models = new ArrayList<>(rows.repartition(p).mapPartitions(it -> {
      WekaClassifierMapTask task = new WekaClassifierMapTask();
      task.setClassifier(AbstractClassifier.makeCopy(template));
      task.setup(h);
      long seen = 0;
      while (it.hasNext()) {
        task.processInstance(ArffRows.toInstance(it.next(), h));
        seen++;
      }
      if (seen == 0) {
        return Collections.<Classifier>emptyIterator();
      }
      task.finalizeTask();
      return Collections.singletonList(task.getClassifier()).iterator();
    }).collect());
    return models.size() == 1 ? models.get(0) : new WekaClassifierReduceTask().aggregate(models);
  }
}
