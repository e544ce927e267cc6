package weka.imbalance.resampling;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/** The embedding reproduces the documented SMOTE-NC and VDM distances exactly. */
public class MixedDistanceTest {

  /** x in [0, 10], colour {red, green, blue}, class {a, b}. */
  static Instances data() {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("y"));
    atts.add(new Attribute("colour", Arrays.asList("red", "green", "blue")));
    atts.add(new Attribute("class", Arrays.asList("a", "b")));
    Instances d = new Instances("mixed", atts, 0);
    d.setClassIndex(3);
    double[][] rows = {{0, 1, 0, 0}, {10, 3, 1, 0}, {4, 5, 0, 1}, {6, 2, 2, 1}, {2, 7, 1, 1}, {8, 4, 0, 0}};
    for (double[] r : rows) {
      d.add(new DenseInstance(1, r));
    }
    return d;
  }

  static double embedded(double[] x, int dim, int i, int j) {
    return ExactKnn.distance(x, dim, i, j);
  }

  @Test
  public void smoteNcAddsMedianStdSquaredPerDifferingValue() {
    Instances d = data();
    MixedDistance md = new MixedDistance(d, MixedDistance.Scaling.RANGE, MixedDistance.NominalMetric.SMOTE_NC);
    int[] rows = {2, 3, 4}; // class b
    double[] x = md.embed(d, rows);
    // range scaling: x / 10, (y - 1) / 6; std within class b of the scaled values
    double[] sx = {0.4, 0.6, 0.2};
    double[] sy = {4 / 6.0, 1 / 6.0, 1.0};
    double med = median(std(sx), std(sy));
    assertEquals(med, md.medianStd(d, rows), 1e-12);
    double expect = sq(sx[0] - sx[1]) + sq(sy[0] - sy[1]) + med * med; // red vs blue
    assertEquals(expect, embedded(x, md.dimension(), 0, 1), 1e-12);
    expect = sq(sx[1] - sx[2]) + sq(sy[1] - sy[2]) + med * med; // blue vs green
    assertEquals(expect, embedded(x, md.dimension(), 1, 2), 1e-12);
  }

  @Test
  public void vdmIsSquaredDifferenceOfClassConditionals() {
    Instances d = data();
    MixedDistance md = new MixedDistance(d, MixedDistance.Scaling.NONE, MixedDistance.NominalMetric.VDM);
    double[] x = md.embed(d, new int[] {0, 1, 3});
    // P(a|red) = 2/3, P(a|green) = 1/2, P(a|blue) = 0
    double redGreen = sq(2 / 3.0 - 0.5) * 2;
    assertEquals(sq(10) + sq(2) + redGreen, embedded(x, md.dimension(), 0, 1), 1e-12);
    double redBlue = sq(2 / 3.0 - 0) * 2;
    assertEquals(sq(6) + sq(1) + redBlue, embedded(x, md.dimension(), 0, 2), 1e-12);
  }

  @Test
  public void missingValuesContributeNothing() {
    Instances d = data();
    d.instance(1).setValue(0, Utils.missingValue());
    d.instance(1).setValue(2, Utils.missingValue());
    MixedDistance md = new MixedDistance(d, MixedDistance.Scaling.NONE, MixedDistance.NominalMetric.SMOTE_NC);
    double[] x = md.embed(d, new int[] {0, 1});
    assertEquals(sq(3 - 1), embedded(x, md.dimension(), 0, 1), 1e-12);
  }

  static double sq(double v) {
    return v * v;
  }

  static double std(double[] v) {
    double m = 0;
    for (double a : v) {
      m += a;
    }
    m /= v.length;
    double s = 0;
    for (double a : v) {
      s += sq(a - m);
    }
    return Math.sqrt(s / (v.length - 1));
  }

  static double median(double a, double b) {
    return (a + b) / 2;
  }
}
