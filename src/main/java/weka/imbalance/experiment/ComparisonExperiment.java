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

package weka.imbalance.experiment;

import java.beans.PropertyDescriptor;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.swing.DefaultListModel;

import weka.classifiers.Classifier;
import weka.classifiers.evaluation.AbstractEvaluationMetric;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.experiment.ClassifierSplitEvaluator;
import weka.experiment.CrossValidationResultProducer;
import weka.experiment.Experiment;
import weka.experiment.InstancesResultListener;
import weka.experiment.PropertyNode;
import weka.experiment.ResultProducer;
import weka.filters.supervised.instance.LongTailSubsample;
import weka.imbalance.ClassPriors;

/**
 * The Experimenter run behind {@link ImbalanceComparison}: Weka's {@link Experiment} with a
 * property iterator over the methods (what the Experimenter's Setup tab builds), fed with data
 * sets that are already read and have their class set, so that any attribute can be the class.
 */
final class ComparisonExperiment extends Experiment {

  private static final long serialVersionUID = 2650815287391658421L;

  /** Told of each step before it runs. */
  interface Progress {
    /**
     * @param step the step, from 1
     * @param total the number of steps
     * @param method the method's index
     * @param dataset the data set's index
     * @param run the run
     * @param seconds seconds since the start
     */
    void step(int step, int total, int method, int dataset, int run, double seconds);
  }

  private final transient List<Instances> m_data;
  private final ClassifierSplitEvaluator m_evaluator = new ClassifierSplitEvaluator();
  private final transient List<Classifier> m_methods;
  private transient LongTailSplitResultProducer m_longTail;
  private int m_folds;

  /**
   * @param data the data sets, class set
   * @param methods the methods
   * @param results the ARFF file the raw results go to
   * @param runs the number of runs (seeds 1..runs)
   * @param predictions whether to keep every test prediction (for the chart)
   */
  ComparisonExperiment(List<Instances> data, List<Classifier> methods, File results, int runs, boolean predictions) {
    m_data = data;
    m_methods = methods;
    m_evaluator.setClassifier(methods.get(0));
    m_evaluator.setPredTargetColumn(predictions);
    InstancesResultListener listener = new InstancesResultListener();
    listener.setOutputFile(results);
    setResultListener(listener);
    setRunLower(1);
    setRunUpper(runs);
    DefaultListModel<File> model = new DefaultListModel<>();
    for (Instances d : data) {
      model.addElement(new File(d.relationName()));
    }
    setDatasets(model);
  }

  /**
   * Reads a data set and sets its class; refuses what the comparison cannot handle.
   *
   * @param f the file
   * @param cls the class attribute: first, last, its number (from 1) or its name
   * @param earlier the data sets read before (relation names must differ)
   * @return the data, class set
   * @throws IllegalArgumentException naming -t or -c and the problem
   */
  static Instances readDataSet(File f, String cls, List<Instances> earlier) {
    Instances d;
    try {
      d = DataSource.read(f.getPath());
    } catch (Exception e) {
      throw new IllegalArgumentException("-t " + f + ": cannot be read as a data set (" + e.getMessage() + ")");
    }
    if (d == null || d.numAttributes() < 2) {
      throw new IllegalArgumentException("-t " + f + ": needs at least one attribute besides the class");
    }
    int c;
    if (cls.equalsIgnoreCase("first") || cls.equalsIgnoreCase("last")) {
      c = cls.equalsIgnoreCase("first") ? 0 : d.numAttributes() - 1;
    } else if (cls.matches("\\d+")) {
      c = Integer.parseInt(cls) - 1;
      if (c < 0 || c >= d.numAttributes()) {
        throw new IllegalArgumentException("-c " + cls + ": " + f.getName() + " has attributes 1 to " + d.numAttributes());
      }
    } else if (d.attribute(cls) != null) {
      c = d.attribute(cls).index();
    } else {
      throw new IllegalArgumentException("-c " + cls + ": " + f.getName() + " has no attribute of that name");
    }
    d.setClassIndex(c);
    if (!d.classAttribute().isNominal()) {
      throw new IllegalArgumentException("-t " + f + ": the class attribute '" + d.classAttribute().name() + "' is "
        + weka.core.Attribute.typeToString(d.classAttribute()) + "; the comparison needs a nominal class (choose it with -c)");
    }
    for (Instances e : earlier) {
      if (e.relationName().equals(d.relationName())) {
        throw new IllegalArgumentException("-t " + f + ": another data set has the same relation name '"
          + d.relationName() + "'; the Experimenter would mix their results (rename one @relation)");
      }
    }
    return d;
  }

  /** @param folds stratified cross-validation with this many folds */
  void useCrossValidation(int folds) throws Exception {
    CrossValidationResultProducer cv = new CrossValidationResultProducer();
    cv.setNumFolds(folds);
    m_folds = folds;
    m_longTail = null;
    producer(cv);
  }

  /**
   * @param rho the imbalance ratio of the long-tailed training parts
   * @param trainPercent the percentage of each class for training
   */
  void useLongTailProtocol(double rho, double trainPercent) throws Exception {
    LongTailSplitResultProducer lt = new LongTailSplitResultProducer();
    LongTailSubsample filter = new LongTailSubsample();
    filter.setOptions(new String[] {"-rho", "" + rho});
    lt.setLongTailFilter(filter);
    lt.setTrainPercent(trainPercent);
    m_longTail = lt;
    producer(lt);
  }

  private void producer(ResultProducer producer) throws Exception {
    if (producer instanceof CrossValidationResultProducer) {
      ((CrossValidationResultProducer) producer).setSplitEvaluator(m_evaluator);
    } else {
      ((LongTailSplitResultProducer) producer).setSplitEvaluator(m_evaluator);
    }
    setResultProducer(producer);
    setPropertyPath(new PropertyNode[] {
      new PropertyNode(m_evaluator, new PropertyDescriptor("splitEvaluator", producer.getClass()), producer.getClass()),
      new PropertyNode(m_methods.get(0), new PropertyDescriptor("classifier", ClassifierSplitEvaluator.class),
        ClassifierSplitEvaluator.class)});
    setPropertyArray(m_methods.toArray(new Classifier[0]));
    setUsePropertyIterator(true);
  }

  @Override
  public void nextIteration() throws Exception {
    if (m_CurrentInstances == null) {
      m_CurrentInstances = new Instances(m_data.get(m_DatasetNumber));
      if (m_UsePropertyIterator && m_CurrentProperty != m_PropertyNumber) {
        setProperty(0, m_ResultProducer);
        m_CurrentProperty = m_PropertyNumber;
      }
      m_ResultProducer.setInstances(m_CurrentInstances);
    }
    super.nextIteration();
  }

  /**
   * Runs every method on every data set.
   *
   * @param progress told of each step
   * @return the raw results
   * @throws Exception naming the method, data set and run that failed
   */
  Instances run(Progress progress) throws Exception {
    withoutAnnouncements(() -> {
      initialize();
      return null;
    });
    int total = m_data.size() * m_methods.size() * (getRunUpper() - getRunLower() + 1);
    long start = System.nanoTime();
    for (int i = 1; hasMoreIterations(); i++) {
      int method = getCurrentPropertyNumber(), dataset = getCurrentDatasetNumber(), run = getCurrentRunNumber();
      progress.step(i, total, method, dataset, run, (System.nanoTime() - start) / 1e9);
      try {
        nextIteration();
      } catch (Exception e) {
        throw new Exception(MethodLabels.labels(m_methods).get(method) + " failed on " + m_data.get(dataset).relationName()
          + ", run " + run + ": " + ImbalanceComparison.errorLine(e).substring("Error: ".length()), e);
      }
    }
    postProcess();
    return DataSource.read(((InstancesResultListener) getResultListener()).getOutputFile().getPath());
  }

  /**
   * The mean training count of each class of a data set: each run's long-tailed training part
   * under the long-tail protocol, (k-1)/k of the data's counts in a k-fold cross-validation.
   *
   * @param dataset the data set's index
   * @return the counts
   * @throws Exception if the data cannot be counted
   */
  double[] trainingCounts(int dataset) throws Exception {
    Instances data = m_data.get(dataset);
    double[] counts = m_longTail == null ? null : m_longTail.meanTrainingCounts(data.relationName());
    if (counts == null) {
      counts = ClassPriors.weightedCounts(data);
      for (int k = 0; k < counts.length; k++) {
        counts[k] *= (m_folds - 1) / (double) m_folds;
      }
    }
    return counts;
  }

  /**
   * Runs a step with the lines that Weka's Experimenter classes print on standard error while
   * they are set up (the name of each metric plugin, "... setting additional measures for split
   * evaluator") left out; everything else passes.
   *
   * @param <T> the step's result
   * @param step the step
   * @return its result
   * @throws Exception if the step fails
   */
  static <T> T withoutAnnouncements(Callable<T> step) throws Exception {
    Set<String> names = new HashSet<>();
    for (AbstractEvaluationMetric m : AbstractEvaluationMetric.getPluginMetrics()) {
      names.add(m.getMetricName());
    }
    PrintStream err = System.err;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    System.setErr(new PrintStream(new OutputStream() {
      @Override
      public void write(int b) {
        line.write(b);
        if (b == '\n') {
          String text = new String(line.toByteArray(), StandardCharsets.UTF_8).trim();
          if (!names.contains(text) && !text.endsWith("setting additional measures for split evaluator")) {
            err.write(line.toByteArray(), 0, line.size());
            err.flush();
          }
          line.reset();
        }
      }
    }, true, "UTF-8"));
    try {
      return step.call();
    } finally {
      System.setErr(err);
      err.write(line.toByteArray(), 0, line.size());
    }
  }

  /** @return what {@link #trainingCounts} are, for the chart's axis */
  String trainingCountsLabel() {
    return m_longTail == null ? "training instances per fold" : "long-tailed training instances (mean of runs)";
  }
}
