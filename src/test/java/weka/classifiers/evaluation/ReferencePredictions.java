package weka.classifiers.evaluation;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

import weka.imbalance.testing.PythonReference;

/**
 * Predictions with an independent library's answers, as the scripts in src/test/python write
 * them ("# name=value" lines, then actual,predicted,weight rows), replayed through Weka's
 * Evaluation for our answers.
 */
final class ReferencePredictions {

  private final File m_file;
  private final Map<String, Double> m_answers = new HashMap<>();
  private final List<double[]> m_rows = new ArrayList<>();

  /**
   * @param csv the committed reference
   * @throws Exception if it cannot be read
   */
  ReferencePredictions(File csv) throws Exception {
    m_file = csv;
    for (String line : Files.readAllLines(csv.toPath(), StandardCharsets.UTF_8)) {
      if (line.startsWith("# ") && line.contains("=")) {
        m_answers.put(line.substring(2, line.indexOf('=')), Double.parseDouble(line.substring(line.indexOf('=') + 1)));
      } else if (!line.startsWith("#") && !line.startsWith("actual")) {
        m_rows.add(Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
      }
    }
  }

  /** @return the number of predictions */
  int size() {
    return m_rows.size();
  }

  /**
   * @param name a header key of the reference
   * @return the library's answer written there
   */
  double answer(String name) {
    if (!m_answers.containsKey(name)) {
      throw new IllegalArgumentException("no '# " + name + "=' line in " + m_file);
    }
    return m_answers.get(name);
  }

  /**
   * Our statistic on the predictions, each replayed through Weka's Evaluation.
   *
   * @param metric the plugin metric's name
   * @param statistic its statistic
   * @param numClasses the number of classes
   * @param weighted whether the instance weights count
   * @return the statistic
   * @throws Exception if the evaluation fails
   */
  double ours(String metric, String statistic, int numClasses, boolean weighted) throws Exception {
    return evaluation(numClasses, weighted).getPluginMetric(metric).getStatistic(statistic);
  }

  /**
   * The predictions replayed through Weka's Evaluation (class values c0, c1, ...).
   *
   * @param numClasses the number of classes
   * @param weighted whether the instance weights count
   * @return the evaluation
   * @throws Exception if the evaluation fails
   */
  Evaluation evaluation(int numClasses, boolean weighted) throws Exception {
    List<String> values = new ArrayList<>();
    for (int k = 0; k < numClasses; k++) {
      values.add("c" + k);
    }
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("class", values));
    Instances data = new Instances("reference", atts, 0);
    data.setClassIndex(0);
    Evaluation eval = new Evaluation(data);
    for (double[] r : m_rows) {
      DenseInstance inst = new DenseInstance(weighted ? r[2] : 1, new double[] {r[0]});
      inst.setDataset(data);
      double[] dist = new double[numClasses];
      dist[(int) r[1]] = 1;
      eval.evaluateModelOnce(dist, inst);
    }
    return eval;
  }

  /** @return the names of the library's answers */
  java.util.Set<String> answerNames() {
    return m_answers.keySet();
  }

  /**
   * The library's answers for these predictions from a live run of the script that wrote them
   * (see {@link PythonReference}: skipped when it cannot run, except under CI).
   *
   * @param install how to install the library, for the message
   * @param script the script
   * @return {unweighted, weighted}
   * @throws Exception if waiting is interrupted
   */
  double[] live(String install, String script) throws Exception {
    return Arrays.stream(PythonReference.firstLine(install, script, m_file.getPath()).split(","))
      .mapToDouble(Double::parseDouble).toArray();
  }
}
