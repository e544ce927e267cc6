package weka.imbalance.resampling;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;

import org.junit.Test;

import weka.core.Statistics;

/**
 * The ziggurat draws are N(0, 1): moments, a one-sample Kolmogorov-Smirnov test against the normal
 * CDF (Weka's {@link Statistics#normalProbability}, an independent implementation), and the mass of
 * the tails the ziggurat draws by a separate method; and they depend on the seed only. Fixed seeds,
 * so each check either always passes or always fails.
 */
public class NormalDrawsTest {

  private static double[] draws(long seed, int n) {
    double[] z = new double[n];
    new NormalDraws(seed).fill(z, 0, n);
    return z;
  }

  @Test
  public void momentsAreThoseOfTheStandardNormal() {
    int n = 1_000_000;
    double[] z = draws(7, n);
    double m = 0;
    for (double x : z) {
      m += x;
    }
    m /= n;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (double x : z) {
      double d = x - m;
      m2 += d * d;
      m3 += d * d * d;
      m4 += d * d * d * d;
    }
    m2 /= n;
    m3 /= n;
    m4 /= n;
    // bounds: 5 standard errors of each estimate for n draws of N(0, 1)
    assertEquals("mean", 0, m, 5 / Math.sqrt(n));
    assertEquals("variance", 1, m2, 5 * Math.sqrt(2.0 / n));
    assertEquals("skewness", 0, m3 / Math.pow(m2, 1.5), 5 * Math.sqrt(6.0 / n));
    assertEquals("excess kurtosis", 0, m4 / (m2 * m2) - 3, 5 * Math.sqrt(24.0 / n));
  }

  @Test
  public void kolmogorovSmirnovAcceptsTheNormalCdf() {
    for (long seed : new long[] {1, 42, -5}) {
      int n = 200_000;
      double[] z = draws(seed, n);
      Arrays.sort(z);
      double d = 0;
      for (int i = 0; i < n; i++) {
        double f = Statistics.normalProbability(z[i]);
        d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
      }
      // the asymptotic critical value of the one-sample test at p = 0.001: 1.95 / sqrt(n)
      assertTrue("seed " + seed + ": D = " + d, d < 1.95 / Math.sqrt(n));
    }
  }

  @Test
  public void tailsHaveTheNormalMass() {
    int n = 2_000_000;
    double[] z = draws(3, n);
    // beyond 3.442619855899 the ziggurat draws from its tail method; beyond 2 mostly from its wedges
    for (double t : new double[] {2, 3, 3.442619855899, 4}) {
      int beyond = 0;
      for (double x : z) {
        if (Math.abs(x) > t) {
          beyond++;
        }
      }
      double p = 2 * (1 - Statistics.normalProbability(t));
      double sd = Math.sqrt(n * p * (1 - p));
      assertEquals("|z| > " + t, n * p, beyond, 5 * sd);
    }
  }

  @Test
  public void drawsDependOnTheSeedOnly() {
    assertArrayEquals(draws(11, 1000), draws(11, 1000), 0);
    assertFalse(Arrays.equals(draws(11, 1000), draws(12, 1000)));
    NormalDraws a = new NormalDraws(5);
    double[] z = new double[10];
    for (int i = 0; i < 10; i++) {
      z[i] = a.next();
    }
    assertArrayEquals("fill is next() in order", z, draws(5, 10), 0);
  }
}
