package weka.imbalance;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

public class ClassPriorsTest {

  private static final double EPS = 1e-12;

  @Test
  public void weightedCountsSkipMissingClassAndUseWeights() throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("c", Arrays.asList("a", "b", "c")));
    Instances data = new Instances("t", atts, 0);
    data.setClassIndex(1);
    data.add(new DenseInstance(2.0, new double[] {1, 0}));
    data.add(new DenseInstance(0.5, new double[] {1, 1}));
    data.add(new DenseInstance(1.0, new double[] {1, Utils.missingValue()}));
    data.add(new DenseInstance(1.0, new double[] {1, 0}));
    assertArrayEquals(new double[] {3.0, 0.5, 0.0}, ClassPriors.weightedCounts(data), EPS);
  }

  @Test
  public void offsetIsTauLogPrior() {
    double[] pi = {0.7, 0.2, 0.1};
    double[] off = ClassPriors.logPriorOffset(pi, 1.5);
    for (int k = 0; k < 3; k++) {
      assertEquals(1.5 * Math.log(pi[k] + 1e-12), off[k], EPS);
    }
    assertArrayEquals(new double[3], ClassPriors.logPriorOffset(pi, 0), 0);
  }

  @Test
  public void adjustDistributionDividesByPriorToThePowerTau() {
    double[] p = {0.6, 0.3, 0.1};
    double[] pi = {0.8, 0.15, 0.02};
    double tau = 1;
    double[] got = ClassPriors.adjustDistribution(p, pi, tau);
    double[] expect = new double[3];
    double s = 0;
    for (int k = 0; k < 3; k++) {
      expect[k] = p[k] / (pi[k] + 1e-12);
      s += expect[k];
    }
    for (int k = 0; k < 3; k++) {
      expect[k] /= s;
    }
    assertArrayEquals(expect, got, 1e-12);
    // the decision moves from the head class to the tail class
    assertEquals(0, Utils.maxIndex(p));
    assertEquals(2, Utils.maxIndex(got));
    // tau = 0 leaves the distribution unchanged; zero stays zero; input untouched
    assertArrayEquals(p, ClassPriors.adjustDistribution(p, pi, 0), 1e-15);
    assertArrayEquals(new double[] {0, 1, 0},
      ClassPriors.adjustDistribution(new double[] {0, 1, 0}, pi, 2), 1e-15);
    assertArrayEquals(new double[] {0.6, 0.3, 0.1}, p, 0);
    assertArrayEquals(new double[3], ClassPriors.adjustDistribution(new double[3], pi, 1), 0);
  }

  @Test
  public void postHocOnLogitsMatchesOnProbabilities() {
    double[] z = {2.0, -1.0, 0.5};
    double[] pi = {0.5, 0.3, 0.2};
    double[] viaLogits = ClassPriors.softmax(ClassPriors.adjustLogits(z, ClassPriors.logPriorOffset(pi, 0.7)));
    double[] viaProbs = ClassPriors.adjustDistribution(ClassPriors.softmax(z), pi, 0.7);
    assertArrayEquals(viaLogits, viaProbs, 1e-12);
  }

  @Test
  public void effectiveNumberWeights() {
    double[] n = {1000, 100, 10};
    assertArrayEquals(new double[] {1, 1, 1}, ClassPriors.effectiveNumberWeights(n, 0), EPS);
    double beta = 0.999;
    double[] w = ClassPriors.effectiveNumberWeights(n, beta);
    double[] raw = new double[3];
    double s = 0;
    for (int k = 0; k < 3; k++) {
      raw[k] = (1 - beta) / (1 - Math.pow(beta, n[k]));
      s += raw[k];
    }
    for (int k = 0; k < 3; k++) {
      assertEquals(raw[k] * 3 / s, w[k], 1e-9);
    }
    assertEquals(3, w[0] + w[1] + w[2], 1e-12);
    // beta -> 1 approaches inverse frequency
    double[] near1 = ClassPriors.effectiveNumberWeights(n, 1 - 1e-9);
    double[] inv = ClassPriors.inverseFrequencyWeights(n, 1);
    assertArrayEquals(inv, near1, 1e-4);
    // an absent class gets weight 0, the others sum to their number
    double[] w0 = ClassPriors.effectiveNumberWeights(new double[] {10, 0, 5}, 0.9);
    assertEquals(0, w0[1], 0);
    assertEquals(2, w0[0] + w0[2], 1e-12);
  }

  @Test
  public void inverseFrequencyWeights() {
    double[] w = ClassPriors.inverseFrequencyWeights(new double[] {100, 25}, 0.5);
    // proportional to 1/10 and 1/5, sum 2
    assertEquals(2.0 / 3, w[0], 1e-12);
    assertEquals(4.0 / 3, w[1], 1e-12);
    assertArrayEquals(new double[] {1, 1}, ClassPriors.inverseFrequencyWeights(new double[] {100, 25}, 0), EPS);
  }

  @Test
  public void softmaxIsStable() {
    double[] p = ClassPriors.softmax(new double[] {1000, 1000, Double.NEGATIVE_INFINITY});
    assertArrayEquals(new double[] {0.5, 0.5, 0}, p, 1e-12);
    double[] lp = ClassPriors.logSoftmax(new double[] {-1000, 0});
    assertEquals(0, lp[1], 1e-15);
  }

  @Test
  public void badInputNamesTheProblem() {
    IllegalArgumentException e =
      assertThrows(IllegalArgumentException.class, () -> ClassPriors.effectiveNumberWeights(new double[] {1}, 1.0));
    assertEquals("beta must be in [0, 1), got 1.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ClassPriors.priors(new double[] {0, 0}));
    assertThrows(IllegalArgumentException.class, () -> ClassPriors.logPriorOffset(new double[] {1}, -1));
    assertThrows(IllegalArgumentException.class,
      () -> ClassPriors.adjustDistribution(new double[] {Double.NaN, 1}, new double[] {0.5, 0.5}, 1));
  }

  @Test
  public void overPresentClassesAnAbsentClassGetsProbabilityZero() {
    double[] p = {0.5, 0.3, 0.2};
    double[] pi = {0.8, 0.2, 0};
    // the classes present: p_k / pi_k = 0.625 and 1.5, renormalised; the absent class gets 0
    assertArrayEquals(new double[] {0.625 / 2.125, 1.5 / 2.125, 0},
      ClassPriors.adjustDistributionOverPresentClasses(p, pi, 1), 1e-12);
    assertArrayEquals(new double[] {0.5, 0.3, 0.2}, p, 0);
    // without the exclusion the absent class would win: its offset is log(1e-12)
    assertEquals(2, weka.core.Utils.maxIndex(ClassPriors.adjustDistribution(p, pi, 1)));
  }
}
