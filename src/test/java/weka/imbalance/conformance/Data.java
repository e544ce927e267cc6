package weka.imbalance.conformance;

import java.util.ArrayList;
import java.util.Random;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/** Small imbalanced data sets made by hand for the package-wide checks. */
final class Data {

  private Data() {
  }

  /**
   * Gaussian classes in numeric attributes (shifted by class), plus nominal attributes whose
   * value depends on the class with noise; nominal class, last.
   *
   * @param name the relation name
   * @param seed the seed
   * @param counts instances per class (a 0 leaves a class value without instances)
   * @param numeric number of numeric attributes
   * @param nominal number of nominal attributes (3 values each)
   * @return the data
   */
  static Instances make(String name, long seed, int[] counts, int numeric, int nominal) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int j = 0; j < numeric; j++) {
      atts.add(new Attribute("num" + j));
    }
    ArrayList<String> vals = new ArrayList<>();
    vals.add("x");
    vals.add("y");
    vals.add("z");
    for (int j = 0; j < nominal; j++) {
      atts.add(new Attribute("nom" + j, new ArrayList<>(vals)));
    }
    ArrayList<String> classes = new ArrayList<>();
    for (int k = 0; k < counts.length; k++) {
      classes.add("c" + k);
    }
    atts.add(new Attribute("class", classes));
    Instances data = new Instances(name, atts, 0);
    data.setClassIndex(data.numAttributes() - 1);
    Random r = new Random(seed);
    for (int k = 0; k < counts.length; k++) {
      for (int i = 0; i < counts[k]; i++) {
        double[] v = new double[data.numAttributes()];
        for (int j = 0; j < numeric; j++) {
          v[j] = 2.0 * ((k + j) % 3) + r.nextGaussian();
        }
        for (int j = 0; j < nominal; j++) {
          v[numeric + j] = r.nextDouble() < 0.7 ? (k + j) % 3 : r.nextInt(3);
        }
        v[v.length - 1] = k;
        data.add(new DenseInstance(1, v));
      }
    }
    data.randomize(new Random(seed + 1));
    return data;
  }

  /** The default shape: 3 classes of 40, 12 and 6 instances, 3 numeric and 1 nominal attribute. */
  static Instances standard(String name) {
    return make(name, 1, new int[] {40, 12, 6}, 3, 1);
  }

  /** Sets a fraction of the values of one attribute to missing, with a fixed seed. */
  static Instances withMissing(Instances data, int attIndex, double fraction, long seed) {
    Instances d = new Instances(data);
    Random r = new Random(seed);
    for (int i = 0; i < d.numInstances(); i++) {
      if (r.nextDouble() < fraction) {
        d.instance(i).setValue(attIndex, Utils.missingValue());
      }
    }
    return d;
  }
}
