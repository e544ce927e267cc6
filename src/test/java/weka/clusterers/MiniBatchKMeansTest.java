package weka.clusterers;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.Test;

import weka.core.Instances;
import weka.core.Utils;

/**
 * MiniBatchKMeans: one mini-batch step against the update written out here; recovery of separated
 * blobs; the sum of squares against scikit-learn's MiniBatchKMeans (committed output of
 * src/test/python/sklearn_minibatch_kmeans_reference.py, and a live run when python3-sklearn is
 * installed) and against the exact FastKMeans; one thread against two; bad options.
 */
public class MiniBatchKMeansTest {

  static final String REFERENCE = "src/test/resources/weka/clusterers/sklearn-minibatch-kmeans-reference.txt";
  static final String[] DATA_SETS = {"data/pima.arff:8:100", "data/glass4.arff:5", "data/ecoli.arff:8:64",
    "data/yeast.arff:10:128"};

  @Test
  public void oneStepMovesEachCentreToTheWeightedMeanOfItsOldMassAndItsBatchPoints() {
    int n = 200, dim = 3, k = 4;
    double[][] xw = FastKMeansTest.blobs(n, dim, 4, 5);
    double[] x = xw[0], w = xw[1];
    Random r = new Random(9);
    double[] centres = new double[k * dim];
    for (int j = 0; j < centres.length; j++) {
      centres[j] = 10 * r.nextDouble();
    }
    double[] counts = {0, 3.5, 12, 0.25};
    int[] batch = new int[50];
    for (int t = 0; t < batch.length; t++) {
      batch[t] = r.nextInt(n); // repeats allowed, as the draws with replacement
    }
    // by hand: nearest centre of each batch point, then per centre the mean of its old mass
    // (centre x count) and its batch points (weighted)
    double[] mass = counts.clone();
    double[][] sum = new double[k][dim];
    double inertia = 0;
    for (int i : batch) {
      int best = FastKMeansTest.assign(Arrays.copyOfRange(x, i * dim, (i + 1) * dim), 1, dim, centres, k)[0];
      inertia += w[i] * FastKMeansTest.sq(x, i, centres, best, dim);
      mass[best] += w[i];
      for (int d = 0; d < dim; d++) {
        sum[best][d] += w[i] * x[i * dim + d];
      }
    }
    double[] expected = centres.clone();
    int touched = 0;
    for (int j = 0; j < k; j++) {
      if (mass[j] > counts[j]) {
        touched++;
        for (int d = 0; d < dim; d++) {
          expected[j * dim + d] = (centres[j * dim + d] * counts[j] + sum[j][d]) / mass[j];
        }
      }
    }
    assertTrue("at least two centres receive points: " + touched, touched >= 2);
    double[] c = centres.clone();
    double[] got = counts.clone();
    double e = KMeansMiniBatch.step(x, w, dim, batch, c, got, false, 0.01, new Random(1), null);
    assertEquals(inertia, e, 1e-9 * inertia);
    assertArrayEquals(expected, c, 1e-12);
    assertArrayEquals(mass, got, 1e-12);

    // with the reassignment: the centres below 0.01 x the largest count jump to batch points and take
    // the smallest count of the others; the others are updated as above
    c = centres.clone();
    got = new double[] {1000, 0.5, 2000, 300};
    double[] before = got.clone();
    int[] moved = {0};
    KMeansMiniBatch.step(x, w, dim, batch, c, got, true, 0.01, new Random(1), moved);
    double max = 0;
    for (double v : got) {
      max = Math.max(max, v);
    }
    int small = 0;
    for (int j = 0; j < k; j++) {
      if (before[j] + (mass[j] - counts[j]) < 0.01 * max) {
        small++;
        boolean onBatchPoint = false;
        for (int i : batch) {
          onBatchPoint |= Arrays.equals(Arrays.copyOfRange(x, i * dim, (i + 1) * dim),
            Arrays.copyOfRange(c, j * dim, (j + 1) * dim));
        }
        assertTrue("centre " + j + " moved to a batch point", onBatchPoint);
      }
    }
    assertEquals("centre 1 (count 0.5) is reassigned", 1, small);
    assertEquals(1, moved[0]);
    double floor = Double.POSITIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      if (j != 1) {
        floor = Math.min(floor, got[j]);
      }
    }
    assertEquals(floor, got[1], 0);
  }

  @Test
  public void recoversSeparatedBlobs() throws Exception {
    int n = 5000;
    double[] x = new double[n * 2];
    int[] truth = new int[n];
    Random r = new Random(2);
    for (int i = 0; i < n; i++) {
      truth[i] = r.nextInt(5);
      x[2 * i] = truth[i] * 50 + r.nextGaussian();
      x[2 * i + 1] = (truth[i] % 2) * 50 + r.nextGaussian();
    }
    Instances data = FastKMeansTest.numeric(x, n, 2);
    for (int seed = 1; seed <= 5; seed++) {
      MiniBatchKMeans km = new MiniBatchKMeans();
      km.setOptions(Utils.splitOptions("-N 5 -S " + seed));
      km.buildClusterer(data);
      int[] a = km.getAssignments();
      int[] map = new int[5];
      Arrays.fill(map, -1);
      for (int i = 0; i < n; i++) {
        if (map[truth[i]] < 0) {
          map[truth[i]] = a[i];
        }
        assertEquals("seed " + seed + ", instance " + i, map[truth[i]], a[i]);
      }
      assertEquals("five different clusters", 5, Arrays.stream(map).distinct().count());
      assertTrue("stopped early: " + km.getIterations(), km.getIterations() < 100 * n / 1024);
    }
  }

  /** Ours against the reference per "file k batch inertia", and against the exact FastKMeans. */
  static void check(String what, List<String> ref) throws Exception {
    assertEquals(what + ": lines", DATA_SETS.length, ref.size());
    for (String line : ref) {
      String[] f = line.trim().split(" ");
      Instances data = FastKMeansTest.withoutClass(f[0]);
      double ours = 0;
      for (int s = 1; s <= 5; s++) {
        MiniBatchKMeans km = new MiniBatchKMeans();
        km.setOptions(Utils.splitOptions("-N " + f[1] + " -batch " + f[2] + " -no-normalize -S " + s));
        km.buildClusterer(data);
        ours += km.getSquaredError() / 5;
      }
      FastKMeans exact = new FastKMeans();
      exact.setOptions(Utils.splitOptions("-N " + f[1] + " -n-init 10 -no-normalize -S 1"));
      exact.buildClusterer(data);
      double theirs = Double.parseDouble(f[3]);
      // means over five seeds: other random draws, the same algorithm; within 5% of scikit-learn's,
      // and within 15% of the exact k-means
      assertEquals(what + ": " + line + ", ours " + ours, theirs, ours, 0.05 * theirs);
      assertTrue(what + ": " + line + ", exact " + exact.getSquaredError() + ", ours " + ours,
        ours >= exact.getSquaredError() * 0.999 && ours <= 1.15 * exact.getSquaredError());
    }
  }

  @Test
  public void sumOfSquaresMatchesTheCommittedScikitLearnOutput() throws Exception {
    check("committed", Files.readAllLines(new File(REFERENCE).toPath(), StandardCharsets.UTF_8));
  }

  @Test
  public void sumOfSquaresMatchesALiveScikitLearnRun() throws Exception {
    check("live", FastKMeansTest.liveReference("src/test/python/sklearn_minibatch_kmeans_reference.py", DATA_SETS));
  }

  @Test
  public void oneAndTwoThreadsGiveTheSameClustering() throws Exception {
    double[][] xw = FastKMeansTest.blobs(12000, 4, 8, 3);
    Instances data = FastKMeansTest.numeric(xw[0], 12000, 4);
    MiniBatchKMeans[] km = new MiniBatchKMeans[2];
    for (int t = 0; t < 2; t++) {
      km[t] = new MiniBatchKMeans();
      km[t].setOptions(Utils.splitOptions("-N 9 -init-size 9000 -S 4 -num-slots " + (t + 1)));
      km[t].buildClusterer(data);
    }
    assertArrayEquals(km[0].getAssignments(), km[1].getAssignments());
    assertEquals(km[0].getSquaredError(), km[1].getSquaredError(), 0);
    assertEquals(km[0].getIterations(), km[1].getIterations());
    int[] a = km[0].getAssignments();
    for (int i = 0; i < a.length; i++) {
      assertEquals("the final labelling: instance " + i + " with its nearest centre", km[0].clusterInstance(
        data.instance(i)), a[i]);
    }
  }

  @Test
  public void badOptionsAreRefusedWhenSet() throws Exception {
    FastKMeansTest.refusedWhenSet(MiniBatchKMeans::new, "-N 0", "-batch 0", "-init-size -1", "-n-init 0",
      "-max-iter 0", "-max-no-improvement -1", "-tol -1", "-reassignment-ratio 1.5", "-reassignment-ratio -0.1",
      "-num-slots -1", "-batch many");
    try {
      new MiniBatchKMeans().setBatchSize(0);
      fail("batch 0 accepted");
    } catch (IllegalArgumentException e) {
      assertEquals("-batch must be >= 1, got 0", e.getMessage());
    }
    MiniBatchKMeans km = new MiniBatchKMeans();
    km.setOptions(Utils.splitOptions("-N 4 -batch 100 -init-size 500 -n-init 2 -max-iter 20 -max-no-improvement 0 "
      + "-tol 0.001 -reassignment-ratio 0.1 -no-normalize -num-slots 2 -S 9"));
    MiniBatchKMeans back = new MiniBatchKMeans();
    back.setOptions(km.getOptions());
    assertArrayEquals(km.getOptions(), back.getOptions());
    assertEquals(9, back.getSeed());
    assertEquals(100, back.getBatchSize());
    assertEquals(0, back.getMaxNoImprovement());
    assertTrue(back.getDontNormalize());
    assertEquals("scikit-learn's defaults", "-N 8 -batch 1024 -init-size 0 -n-init 3 -max-iter 100 "
      + "-max-no-improvement 10 -tol 0.0 -reassignment-ratio 0.01 -num-slots 1 -S 1",
      Utils.joinOptions(new MiniBatchKMeans().getOptions()));
  }
}
