package weka.imbalance.meta;

import java.util.ArrayList;
import java.util.List;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/** Small hand-made data sets for the meta-classifier tests: attributes p0..p(C-1), then the class. */
public final class MetaTestData {

  private MetaTestData() {
  }

  /** An empty data set with C probability attributes and a class with the given values. */
  public static Instances header(String... classes) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int k = 0; k < classes.length; k++) {
      atts.add(new Attribute("p" + k));
    }
    atts.add(new Attribute("class", List.of(classes)));
    Instances data = new Instances("meta-test", atts, 0);
    data.setClassIndex(classes.length);
    return data;
  }

  /** Adds n instances of class y whose dummy distribution is dist, with the given weight. */
  public static void add(Instances data, int n, int y, double weight, double... dist) {
    for (int i = 0; i < n; i++) {
      double[] v = new double[data.numAttributes()];
      System.arraycopy(dist, 0, v, 0, dist.length);
      v[data.classIndex()] = y;
      data.add(new DenseInstance(weight, v));
    }
  }

  /** An unlabelled query instance with the given dummy distribution, attached to the header. */
  public static weka.core.Instance query(Instances header, double... dist) {
    double[] v = new double[header.numAttributes()];
    System.arraycopy(dist, 0, v, 0, dist.length);
    v[header.classIndex()] = weka.core.Utils.missingValue();
    DenseInstance inst = new DenseInstance(1, v);
    inst.setDataset(header);
    return inst;
  }
}
