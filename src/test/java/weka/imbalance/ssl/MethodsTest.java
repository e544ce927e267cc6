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

package weka.imbalance.ssl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Random;

import org.junit.Test;

import weka.imbalance.nn.LearningRateSchedule;
import weka.imbalance.nn.Network;

/** The long-tailed methods' parts, each against a value computed by hand or another way. */
public class MethodsTest {

  @Test
  public void bclNormalisationAsTheTutorialWritesIt() {
    // m = 1, 2, 3, 6: mean 3; (m - mean) / sd / max|(m - mean) / sd| = (m - 3) / 3 = -2/3, -1/3, 0, 1
    double[] w = new double[4];
    BCL.normalise(new double[] { 1, 2, 3, 6 }, w);
    double[] expected = { 1.0 / 6, 1.0 / 3, 0.5, 1.0 };
    for (int i = 0; i < 4; i++) {
      assertEquals(expected[i], w[i], 1e-12);
    }
  }

  @Test
  public void bclScoreIsTheMovingAverageOfTheLoss() {
    BCL bcl = new BCL();
    bcl.initialise(2, 4, new Random(1));
    int[] rows = { 0, 1 };
    bcl.afterBatch(rows, 2, new double[] { 4, 2 }, null, 0);
    bcl.afterBatch(rows, 2, new double[] { 0, 2 }, null, 1);
    // 0.97 * 4 + 0.03 * 0 = 3.88 against 2: the first is the harder one
    bcl.endEpoch(1, 10);
    assertEquals(1.0, bcl.boost(0), 1e-12);
    assertEquals(0.0, bcl.boost(1), 1e-12);
  }

  @Test
  public void ghVectorsAreASimplexEquiangularTightFrame() {
    int k = 10;
    double[][] m = GH.simplex(k, 16, new Random(4));
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double dot = 0;
        for (int d = 0; d < 16; d++) {
          dot += m[i][d] * m[j][d];
        }
        assertEquals(i + "." + j, i == j ? 1 : -1.0 / (k - 1), dot, 1e-9);
      }
    }
    // as many vectors as dimensions
    double[][] full = GH.simplex(3, 3, new Random(5));
    double dot = 0;
    for (int d = 0; d < 3; d++) {
      dot += full[0][d] * full[2][d];
    }
    assertEquals(-1.0 / 2, dot, 1e-9);
  }

  @Test
  public void sinkhornMeetsTheMarginalConstraints() {
    Random r = new Random(6);
    int n = 12;
    int k = 4;
    double[][] t = new double[n][k];
    for (double[] row : t) {
      for (int c = 0; c < k; c++) {
        row[c] = 2 * r.nextDouble() - 1;
      }
    }
    double[] pi = { 6, 3, 2, 1 };
    double[][] q = GH.sinkhorn(t, n, pi, 0.05, 300);
    double[] col = new double[k];
    for (double[] row : q) {
      double s = 0;
      for (int c = 0; c < k; c++) {
        s += row[c];
        col[c] += row[c];
      }
      assertEquals("every instance one unit", 1, s, 1e-9);
    }
    for (int c = 0; c < k; c++) {
      // the instances' constraint is met last and exactly; the prototypes' within what 300 iterations give
      assertEquals("prototype " + c + " its share of N", n * pi[c] / 12, col[c], 1e-2);
    }
  }

  @Test
  public void ghSwappedLossGradientMatchesFiniteDifferences() {
    Random r = new Random(7);
    int n = 4;
    int d = 5;
    double[][] target = GH.simplex(3, d, r);
    double[][] u = new double[n][d];
    double[][] q = new double[n][3];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        u[i][j] = r.nextGaussian();
      }
      double s = 0;
      for (int c = 0; c < 3; c++) {
        q[i][c] = r.nextDouble();
        s += q[i][c];
      }
      for (int c = 0; c < 3; c++) {
        q[i][c] /= s;
      }
    }
    double[][] g = new double[n][d];
    GH.swapped(q, u, target, g, n, 1);
    double h = 1e-6;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double keep = u[i][j];
        u[i][j] = keep + h;
        double up = GH.swapped(q, u, target, new double[n][d], n, 1);
        u[i][j] = keep - h;
        double down = GH.swapped(q, u, target, new double[n][d], n, 1);
        u[i][j] = keep;
        assertEquals("dL/du[" + i + "][" + j + "]", (up - down) / (2 * h), g[i][j], 1e-6);
      }
    }
  }

  @Test
  public void ghStartsAfterItsWarmupAndRamps() {
    GH gh = new GH();
    // 100 epochs: warm-up 50, ramp 1 epoch (1%)
    assertEquals(0, gh.weightAt(49, 100), 0);
    assertEquals(1, gh.weightAt(50, 100), 0);
    // 1000 epochs as the authors: ramp over 10 epochs after 500
    assertEquals(0, gh.weightAt(499, 1000), 0);
    assertEquals(0.1, gh.weightAt(500, 1000), 1e-12);
    assertEquals(1, gh.weightAt(509, 1000), 1e-12);
  }

  @Test
  public void ghTrainsWithItsAuthorsTwoStageSchedule() {
    // the filter's schedule for 100 epochs: peak 1e-3 after a linear warm-up of 1 epoch, cosine to 0
    LearningRateSchedule s = new LearningRateSchedule(1e-3, 1, LearningRateSchedule.Shape.COSINE, new double[0], 1);
    GH gh = new GH(); // warm-up: 50 of the 100 epochs
    // lr_scheduler_warm scaled to a peak of 1: 0.6 + 0.4 (1 + cos(pi e / 50)) / 2 to epoch 50, then
    // 0.6 (1 + cos(pi (e - 50) / 50)) / 2
    assertEquals(1e-3, gh.learningRate(s, 0, 100), 1e-15);
    assertEquals(0.8e-3, gh.learningRate(s, 25, 100), 1e-15);
    assertEquals(0.6e-3, gh.learningRate(s, 50, 100), 1e-15);
    assertEquals(0.3e-3, gh.learningRate(s, 75, 100), 1e-15);
    assertTrue(gh.learningRate(s, 49, 100) > 0.6e-3);
    // SimCLR keeps the filter's single cosine (0.5e-3 at the middle); so does GH without a warm-up
    assertEquals(s.rate(50, 100), new SimCLR().learningRate(s, 50, 100), 0);
    assertEquals(0.5e-3, s.rate(50, 100), 2e-5);
    gh.setWarmup(0);
    for (int e = 0; e < 100; e++) {
      assertEquals(s.rate(e, 100), gh.learningRate(s, e, 100), 0);
    }
  }

  @Test
  public void ghRefusesMoreVectorsThanTheProjectionHolds() {
    try {
      GH.checkK(65, 64);
      fail("K = 65 in 64 dimensions accepted");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage(), e.getMessage().startsWith("-K must be at most the projection size (64)"));
    }
    GH.checkK(64, 64);
  }

  @Test
  public void sdclrPrunesTheSmallestEncoderWeightsGlobally() {
    Network net = new Network(new int[] { 6, 5, 4, 3 }, false);
    net.initialise(new Random(8));
    int encoderLayers = 2;
    float[][] mask = SDCLR.mask(net, encoderLayers, 0.9);
    float[][] p = net.params();
    int kept = 0;
    int total = 0;
    float smallestKept = Float.MAX_VALUE;
    float largestPruned = 0;
    for (int l = 1; l <= encoderLayers; l++) {
      for (int i = 0; i < net.size(l - 1); i++) {
        int row = net.weightRow(l) + i;
        for (int j = 0; j < p[row].length; j++) {
          total++;
          if (mask[row][j] == 1f) {
            kept++;
            smallestKept = Math.min(smallestKept, Math.abs(p[row][j]));
          } else {
            assertEquals(0f, mask[row][j], 0f);
            largestPruned = Math.max(largestPruned, Math.abs(p[row][j]));
          }
        }
      }
    }
    // 50 encoder weights: ceil(0.9 * 50) = 45 pruned, as the authors' threshold (distinct values)
    assertEquals(50, total);
    assertEquals(5, kept);
    assertTrue(smallestKept > largestPruned);
    // the head's weights and every bias are not masked
    for (int i = 0; i < net.size(2); i++) {
      assertNull(mask[net.weightRow(3) + i]);
    }
    assertNull(mask[net.weightRow(1) + 6]);
  }
}
