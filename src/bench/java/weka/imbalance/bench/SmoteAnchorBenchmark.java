package weka.imbalance.bench;

import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.supervised.instance.SMOTE;

/**
 * Times Weka's SMOTE package 1.0.3 alone on the synthetic benchmark data (minority m, majority 5m,
 * 20 numeric attributes, -P 100): the slow anchor of {@link SmoteBenchmark}, run on its own for
 * the largest size. Usage: {@code bench/run SmoteAnchorBenchmark <minority> [attributes]}.
 */
public final class SmoteAnchorBenchmark {

  private SmoteAnchorBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int m = Integer.parseInt(args[0]);
    int d = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Instances data = SmoteData.gaussian(m, 5 * m, d, 42);
    SMOTE smote = new SMOTE();
    smote.setOptions(new String[] {"-C", "0", "-K", "5", "-P", "100", "-S", "1"});
    long t0 = System.nanoTime();
    smote.setInputFormat(data);
    Instances out = Filter.useFilter(data, smote);
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("SMOTE-1.0.3 minority=%d majority=%d attributes=%d output=%d seconds=%.2f%n",
      m, 5 * m, d, out.numInstances(), s);
  }
}
