package weka.classifiers.meta;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Random;
import java.util.TreeSet;

import org.junit.Test;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.imbalance.meta.FixedDistributionClassifier;
import weka.imbalance.meta.MetaTestData;

/**
 * PlugInEmpiricalThreshold -cv-threshold on two classes: the threshold it picks on P(rarer class|x)
 * reaches the best weighted balanced accuracy of any threshold, found here by trying every cut
 * between the distinct estimates (a brute force written separately from the class's sorted sweep).
 * The base learner's distribution is fixed by the attributes, so the out-of-fold estimates are the
 * training ones.
 */
public class PlugInThresholdSearchTest {

  /** Weighted balanced accuracy of "rare iff eta > t". */
  private static double balancedAccuracy(double[] eta, boolean[] rare, double[] w, double t) {
    double tp = 0, p = 0, tn = 0, n = 0;
    for (int i = 0; i < eta.length; i++) {
      if (rare[i]) {
        p += w[i];
        tp += eta[i] > t ? w[i] : 0;
      } else {
        n += w[i];
        tn += eta[i] > t ? 0 : w[i];
      }
    }
    return 0.5 * (tp / p + tn / n);
  }

  private static void check(long seed, int rareIndex) throws Exception {
    Random r = new Random(seed);
    Instances d = MetaTestData.header("c0", "c1");
    int size = 120;
    double[] eta = new double[size], w = new double[size];
    boolean[] rare = new boolean[size];
    for (int i = 0; i < size; i++) {
      eta[i] = (1 + r.nextInt(19)) / 20.0; // ties on purpose
      rare[i] = r.nextDouble() < 0.15 + 0.5 * eta[i] * eta[i];
      w[i] = 1 + r.nextInt(3);
      double[] dist = new double[2];
      dist[rareIndex] = eta[i];
      dist[1 - rareIndex] = 1 - eta[i];
      MetaTestData.add(d, 1, rare[i] ? rareIndex : 1 - rareIndex, w[i], dist);
    }
    double rareWeight = 0, total = 0;
    for (int i = 0; i < size; i++) {
      rareWeight += rare[i] ? w[i] : 0;
      total += w[i];
    }
    assertTrue("the rare class must be the rarer", rareWeight < total / 2);
    TreeSet<Double> cuts = new TreeSet<>();
    cuts.add(0.0);
    for (double e : eta) {
      cuts.add(e);
    }
    double best = Double.NEGATIVE_INFINITY;
    for (double c : cuts) {
      Double next = cuts.higher(c);
      best = Math.max(best, balancedAccuracy(eta, rare, w, next == null ? (c + 1) / 2 : (c + next) / 2));
    }

    PlugInEmpiricalThreshold p = new PlugInEmpiricalThreshold();
    p.setClassifier(new FixedDistributionClassifier.Weighted());
    p.setThresholdFromCV(true);
    p.setNumFolds(3);
    p.buildClassifier(d);
    double tp = 0, pos = 0, tn = 0, neg = 0;
    for (int i = 0; i < size; i++) {
      Instance inst = d.instance(i);
      boolean saysRare = Utils.maxIndex(p.distributionForInstance(inst)) == rareIndex;
      if (rare[i]) {
        pos += w[i];
        tp += saysRare ? w[i] : 0;
      } else {
        neg += w[i];
        tn += saysRare ? 0 : w[i];
      }
    }
    assertEquals("seed " + seed + ": balanced accuracy of the chosen threshold against the best one", best,
      0.5 * (tp / pos + tn / neg), 1e-12);
    String text = p.toString();
    assertTrue("seed " + seed + ": the model reports the best out-of-fold balanced accuracy: " + text, text.contains(
      String.format(java.util.Locale.ROOT, "%.4f tuned", best)));
    assertTrue("seed " + seed + ": the model states its rule: " + text, text.contains("Predict c" + rareIndex + " iff P(c"
      + rareIndex + "|x) > "));
  }

  @Test
  public void theChosenThresholdIsTheBestOfAllWithTheRareClassSecond() throws Exception {
    for (long seed = 1; seed <= 6; seed++) {
      check(seed, 1);
    }
  }

  @Test
  public void theChosenThresholdIsTheBestOfAllWithTheRareClassFirst() throws Exception {
    for (long seed = 7; seed <= 12; seed++) {
      check(seed, 0);
    }
  }
}
