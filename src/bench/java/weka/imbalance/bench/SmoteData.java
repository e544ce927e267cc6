package weka.imbalance.bench;

import java.util.ArrayList;
import java.util.Random;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * Synthetic Gaussian data for the SMOTE benchmarks: a majority class (label "maj", first) and a
 * minority class ("min", second) with a shifted mean, all attributes numeric, fixed seed so every
 * run of every contender sees the same data.
 */
public final class SmoteData {

  private SmoteData() {
  }

  /**
   * @param numMinority minority instances
   * @param numMajority majority instances
   * @param numAttributes numeric attributes (class excluded)
   * @param seed the seed
   * @return the data, class last, minority instances after the majority ones
   */
  public static Instances gaussian(int numMinority, int numMajority, int numAttributes, long seed) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int a = 0; a < numAttributes; a++) {
      atts.add(new Attribute("x" + (a + 1)));
    }
    ArrayList<String> labels = new ArrayList<>();
    labels.add("maj");
    labels.add("min");
    atts.add(new Attribute("class", labels));
    Instances data = new Instances("gauss-" + numMinority + "-" + numMajority + "-" + numAttributes,
      atts, numMinority + numMajority);
    data.setClassIndex(numAttributes);
    Random r = new Random(seed);
    for (int i = 0; i < numMajority + numMinority; i++) {
      boolean min = i >= numMajority;
      double[] v = new double[numAttributes + 1];
      for (int a = 0; a < numAttributes; a++) {
        v[a] = r.nextGaussian() + (min ? 1.0 : 0.0);
      }
      v[numAttributes] = min ? 1 : 0;
      data.add(new DenseInstance(1.0, v));
    }
    return data;
  }
}
