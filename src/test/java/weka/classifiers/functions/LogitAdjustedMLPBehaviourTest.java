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
package weka.classifiers.functions;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.imbalance.ClassPriors;
import weka.imbalance.loss.CrossEntropyLoss;
import weka.imbalance.loss.LDAMLoss;
import weka.imbalance.loss.LogitAdjustedLoss;
import weka.imbalance.nn.Finite;
import weka.imbalance.nn.TeamPath;

/** Behaviour of LogitAdjustedMLP beyond Weka's harness. */
public class LogitAdjustedMLPBehaviourTest {

  /**
   * Three overlapping Gaussian classes in 2-d (means on a triangle, sd 1.2); n per class given.
   */
  static Instances blobs(int[] n, long seed) {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("y"));
    atts.add(new Attribute("class", Arrays.asList("head", "mid", "tail")));
    Instances d = new Instances("blobs", atts, 0);
    d.setClassIndex(2);
    double[][] mu = { { 0, 0 }, { 2, 0 }, { 1, 1.7 } };
    Random r = new Random(seed);
    for (int k = 0; k < 3; k++) {
      for (int i = 0; i < n[k]; i++) {
        d.add(new DenseInstance(1, new double[] { mu[k][0] + 1.2 * r.nextGaussian(),
          mu[k][1] + 1.2 * r.nextGaussian(), k }));
      }
    }
    return d;
  }

  static double balancedAccuracy(LogitAdjustedMLP m, Instances test) throws Exception {
    double[] hit = new double[test.numClasses()];
    double[] tot = new double[test.numClasses()];
    for (Instance inst : test) {
      int y = (int) inst.classValue();
      tot[y]++;
      if (Utils.maxIndex(m.distributionForInstance(inst)) == y) {
        hit[y]++;
      }
    }
    double s = 0;
    for (int k = 0; k < hit.length; k++) {
      s += hit[k] / tot[k];
    }
    return s / hit.length;
  }

  static LogitAdjustedMLP mlp(String options) throws Exception {
    LogitAdjustedMLP m = new LogitAdjustedMLP();
    m.setOptions(Utils.splitOptions(options));
    return m;
  }

  @Test
  public void logitAdjustedLossImprovesBalancedAccuracyOverCrossEntropy() throws Exception {
    Instances train = blobs(new int[] { 600, 60, 12 }, 1);
    Instances test = blobs(new int[] { 300, 300, 300 }, 2);
    LogitAdjustedMLP ce = mlp("-H 16 -N 20 -loss CrossEntropyLoss");
    LogitAdjustedMLP la = mlp("-H 16 -N 20 -loss LogitAdjustedLoss");
    ce.buildClassifier(train);
    la.buildClassifier(train);
    double baCe = balancedAccuracy(ce, test);
    double baLa = balancedAccuracy(la, test);
    assertTrue("LA " + baLa + " vs CE " + baCe, baLa > baCe + 0.05);
  }

  @Test
  public void postHocAdjustmentIsArgmaxOfLogitsMinusTauLogPrior() throws Exception {
    Instances train = blobs(new int[] { 300, 60, 20 }, 3);
    LogitAdjustedMLP m = mlp("-H 8 -N 5 -loss CrossEntropyLoss -posthoc-tau 1.5");
    m.buildClassifier(train);
    double[] priors = ClassPriors.priors(ClassPriors.weightedCounts(train));
    double[] offset = ClassPriors.logPriorOffset(priors, 1.5);
    for (Instance inst : blobs(new int[] { 20, 20, 20 }, 4)) {
      double[] f = m.logits(inst);
      double[] expected = ClassPriors.softmax(ClassPriors.adjustLogits(f, offset));
      double[] got = m.distributionForInstance(inst);
      assertArrayEquals(expected, got, 1e-12);
      int manual = 0;
      for (int k = 1; k < 3; k++) {
        if (f[k] - 1.5 * Math.log(priors[k] + 1e-12) > f[manual] - 1.5 * Math.log(priors[manual] + 1e-12)) {
          manual = k;
        }
      }
      assertEquals(manual, Utils.maxIndex(got));
    }
  }

  /** data/yeast.arff (10 classes, 463 down to 5 instances): 2/3 for training, 1/3 for testing, stratified. */
  static Instances[] yeast() throws Exception {
    Instances d;
    try (java.io.FileReader r = new java.io.FileReader("data/yeast.arff")) {
      d = new Instances(r);
    }
    d.setClassIndex(d.numAttributes() - 1);
    d.randomize(new Random(1));
    d.stratify(3);
    return new Instances[] { d.trainCV(3, 0), d.testCV(3, 0) };
  }

  /** Mean recall of the classes present in the test data, and the number of classes predicted. */
  static double[] balancedAccuracyAndClassesPredicted(weka.classifiers.Classifier c, Instances test)
    throws Exception {
    double[] hit = new double[test.numClasses()];
    double[] tot = new double[test.numClasses()];
    boolean[] predicted = new boolean[test.numClasses()];
    for (Instance inst : test) {
      int y = (int) inst.classValue();
      int p = Utils.maxIndex(c.distributionForInstance(inst));
      tot[y]++;
      hit[y] += p == y ? 1 : 0;
      predicted[p] = true;
    }
    double s = 0;
    int present = 0;
    int classes = 0;
    for (int k = 0; k < hit.length; k++) {
      if (tot[k] > 0) {
        s += hit[k] / tot[k];
        present++;
      }
      classes += predicted[k] ? 1 : 0;
    }
    return new double[] { s / present, classes };
  }

  private static final String LDAM = "-H 32 -N 15 -cosine -loss LDAMLoss";

  /**
   * Issue 13: a model trained with LDAM on the cosine layer must predict with the logits LDAM
   * trained (cosines times s = 30), not the nearly flat softmax of the cosines, which post-hoc
   * adjustment swamped (it then predicted the rarest class everywhere: balanced accuracy 0.10
   * against 0.58 on yeast).
   */
  @Test
  public void postHocAdjustmentOfAnLdamModelKeepsItsBalancedAccuracy() throws Exception {
    Instances[] d = yeast();
    LogitAdjustedMLP raw = mlp(LDAM);
    LogitAdjustedMLP adjusted = mlp(LDAM + " -posthoc-tau 1");
    raw.buildClassifier(d[0]);
    adjusted.buildClassifier(d[0]);
    double baRaw = balancedAccuracyAndClassesPredicted(raw, d[1])[0];
    double baAdjusted = balancedAccuracyAndClassesPredicted(adjusted, d[1])[0];
    assertTrue("unadjusted LDAM learned something: " + baRaw, baRaw > 0.4);
    assertTrue("post-hoc " + baAdjusted + " vs unadjusted " + baRaw, baAdjusted > baRaw - 0.03);
  }

  @Test
  public void thresholdMovingAroundAnLdamModelIsSane() throws Exception {
    Instances[] d = yeast();
    LogitAdjustedMLP raw = mlp(LDAM);
    raw.buildClassifier(d[0]);
    weka.classifiers.meta.ThresholdMoving tm = new weka.classifiers.meta.ThresholdMoving();
    tm.setClassifier(mlp(LDAM));
    tm.setTau(1.0);
    tm.buildClassifier(d[0]);
    double[] alone = balancedAccuracyAndClassesPredicted(raw, d[1]);
    double[] moved = balancedAccuracyAndClassesPredicted(tm, d[1]);
    assertTrue("ThresholdMoving " + moved[0] + " vs the model alone " + alone[0], moved[0] > alone[0] - 0.03);
    assertTrue(moved[1] + " classes predicted by ThresholdMoving, " + alone[1] + " alone", moved[1] >= alone[1]);
  }

  /**
   * The probabilities of a cosine-layer model come from its scaled logits: logits() / s are
   * cosines in [-1, 1], the distribution is their softmax, and the model can be confident. The
   * softmax of raw cosines cannot: with 3 classes its largest probability is at most
   * e / (e + 2 / e) = 0.787 (one cosine 1, the others -1).
   */
  @Test
  public void cosineLayerProbabilitiesAreTheSoftmaxOfTheScaledLogits() throws Exception {
    Instances train = blobs(new int[] { 200, 200, 200 }, 11);
    LogitAdjustedMLP m = mlp("-H 16 -N 20 -cosine -loss \"LDAMLoss -scale 30\"");
    m.buildClassifier(train);
    double flatBound = Math.E / (Math.E + 2 / Math.E);
    int confident = 0;
    for (Instance inst : train) {
      double[] z = m.logits(inst);
      for (double v : z) {
        assertTrue("cosine " + v / 30, Math.abs(v / 30) <= 1 + 1e-6);
      }
      double max = Math.max(z[0], Math.max(z[1], z[2]));
      double sum = Math.exp(z[0] - max) + Math.exp(z[1] - max) + Math.exp(z[2] - max);
      double[] p = m.distributionForInstance(inst);
      for (int k = 0; k < 3; k++) {
        assertEquals(Math.exp(z[k] - max) / sum, p[k], 1e-12);
      }
      confident += Utils.maxIndex(p) == (int) inst.classValue() && p[Utils.maxIndex(p)] > flatBound ? 1 : 0;
    }
    assertTrue(confident + " confident correct predictions", confident > train.numInstances() / 2);
  }

  /**
   * -preset ldam-drw is the LDAM-DRW code's schedule: with 20 epochs SGD with plain momentum 0.9,
   * 1 warm-up epoch (5 of 200, rounded), x0.01 at epoch 16 and x0.0001 at 18, the weighted mean:
   * exactly the model those options give one by one.
   */
  @Test
  public void aPresetIsItsPapersOptions() throws Exception {
    Instances train = blobs(new int[] { 200, 40, 10 }, 12);
    String common = "-H 8 -N 20 -S 4 -weighting \"EffectiveNumberWeighting -start 0.8\" ";
    LogitAdjustedMLP preset = mlp(common + "-preset ldam-drw");
    LogitAdjustedMLP spelled = mlp(common + "-preset none -optimiser SGD -warmup 1 -schedule step -decay-at 0.8,0.9 "
      + "-decay-factor 0.01 -normalisation weighted-mean");
    LogitAdjustedMLP other = mlp(common + "-preset none -optimiser SGD -warmup 1 -schedule step -decay-at 0.8,0.9 "
      + "-decay-factor 0.01 -normalisation batch-mean");
    preset.buildClassifier(train);
    spelled.buildClassifier(train);
    other.buildClassifier(train);
    Instances test = blobs(new int[] { 10, 10, 10 }, 13);
    assertArrayEquals(flatten(spelled.distributionsForInstances(test)), flatten(preset.distributionsForInstances(test)),
      0);
    assertTrue("the normalisation matters with class weights", !Arrays.equals(flatten(other
      .distributionsForInstances(test)), flatten(preset.distributionsForInstances(test))));
    assertTrue(preset.toString(), preset.toString().contains("Preset: ldam-drw"));
  }

  @Test
  public void aPresetRefusesTheOptionsItWouldIgnore() throws Exception {
    for (String o : new String[] { "-decay-at 0.5", "-optimiser Adam", "-warmup 3", "-normalisation weighted-mean" }) {
      IllegalArgumentException e = assertThrows(o, IllegalArgumentException.class,
        () -> mlp("-preset logit-adjustment " + o));
      assertTrue(e.getMessage(), e.getMessage().contains("-preset logit-adjustment")
        && e.getMessage().contains(o.split(" ")[0] + " "));
    }
    LogitAdjustedMLP m = mlp("-preset wang2023");
    assertEquals("wang2023", m.getPreset().getSelectedTag().getIDStr());
    LogitAdjustedMLP copy = new LogitAdjustedMLP();
    copy.setOptions(m.getOptions());
    assertEquals(Utils.joinOptions(m.getOptions()), Utils.joinOptions(copy.getOptions()));
  }

  @Test
  public void oneAndTwoThreadsGiveBitIdenticalModels() throws Exception {
    Instances train = blobs(new int[] { 300, 100, 30 }, 5);
    String opts = "-H 12,6 -N 4 -mini-batch 100 -S 3 -loss VSLoss -weighting EffectiveNumberWeighting";
    LogitAdjustedMLP one = mlp(opts + " -num-threads 1");
    LogitAdjustedMLP two = mlp(opts + " -num-threads 2");
    one.buildClassifier(train);
    try (TeamPath forced = TeamPath.force()) { // a network this small would otherwise train on one thread
      two.buildClassifier(train);
    }
    Instances test = blobs(new int[] { 30, 30, 30 }, 6);
    Finite.check("1 thread", flatten(one.distributionsForInstances(test)));
    assertArrayEquals(flatten(one.distributionsForInstances(test)), flatten(two.distributionsForInstances(test)), 0);
    for (Instance inst : test) {
      assertArrayEquals(one.distributionForInstance(inst), two.distributionForInstance(inst), 0);
    }
  }

  private static double[] flatten(double[][] a) {
    return Arrays.stream(a).flatMapToDouble(Arrays::stream).toArray();
  }

  @Test
  public void doublingEveryInstanceWeightChangesNothing() throws Exception {
    Instances train = blobs(new int[] { 100, 30, 10 }, 7);
    Instances heavy = new Instances(train);
    for (Instance inst : heavy) {
      inst.setWeight(2);
    }
    LogitAdjustedMLP a = mlp("-H 8 -N 3");
    LogitAdjustedMLP b = mlp("-H 8 -N 3");
    a.buildClassifier(train);
    b.buildClassifier(heavy);
    Instance probe = train.instance(5);
    assertArrayEquals(a.distributionForInstance(probe), b.distributionForInstance(probe), 0);
  }

  @Test
  public void ldamWithoutCosineLayerIsRefused() throws Exception {
    LogitAdjustedMLP m = new LogitAdjustedMLP();
    m.setLoss(new LDAMLoss()); // the object editor sets one property at a time: checked when training starts
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> m.buildClassifier(blobs(new int[] { 10, 10, 10 }, 1)));
    assertTrue(e.getMessage(), e.getMessage().contains("-loss") && e.getMessage().contains("-cosine"));
    LogitAdjustedMLP ok = mlp("-loss LDAMLoss -cosine -N 2");
    ok.buildClassifier(blobs(new int[] { 10, 10, 10 }, 1));
    assertTrue(ok.getLoss() instanceof LDAMLoss);
  }

  /** Issue 14: a bad value is refused when the option is set, naming the option and the value. */
  @Test
  public void badOptionsAreRefusedWhenSetNamingTheOptionAndValue() throws Exception {
    String[][] cases = { { "-H 3,x", "-H", "3,x" }, { "-H abc", "-H", "abc" }, { "-L 0", "-L", "0.0" },
      { "-N 0", "-N", "0" }, { "-N five", "-N", "five" }, { "-mini-batch 0", "-mini-batch", "0" },
      { "-decay-at 1.5", "-decay-at", "1.5" }, { "-decay-factor 0", "-decay-factor", "0.0" },
      { "-V 100", "-V", "100" }, { "-E 0", "-E", "0" }, { "-warmup -1", "-warmup", "-1" },
      { "-weight-decay -1", "-weight-decay", "-1.0" }, { "-posthoc-tau -1", "-posthoc-tau", "-1.0" },
      { "-num-threads -2", "-num-threads", "-2" }, { "-schedule linear", "-schedule", "linear" },
      { "-preset ldam", "-preset", "ldam" }, { "-batch-size x", "-batch-size", "x" },
      { "-loss \"LogitAdjustedLoss -tau -1\"", "-tau", "-1.0" }, { "-loss NoSuchLoss", "-loss", "NoSuchLoss" },
      { "-loss \"LDAMLoss -scale 0\"", "-scale", "0.0" }, { "-loss \"FocalLoss -gamma -2\"", "-gamma", "-2.0" },
      { "-loss \"VSLoss -drop-at 1.5\"", "-drop-at", "1.5" },
      { "-weighting \"EffectiveNumberWeighting -beta 1.5 -start 0.8\"", "-beta", "1.5" },
      { "-weighting \"InverseFrequencyWeighting -start -0.1\"", "-start", "-0.1" },
      { "-weighting NoSuchWeighting", "-weighting", "NoSuchWeighting" },
      { "-optimiser \"SGD -momentum 1\"", "-momentum", "1.0" }, { "-optimiser sgd", "-optimiser", "sgd" },
      { "-schedule cosine", "-preset logit-adjustment", "-schedule cosine" },
      { "-loss LDAMLoss", "-cosine", "LDAMLoss" } };
    for (String[] c : cases) {
      IllegalArgumentException e = assertThrows(c[0], IllegalArgumentException.class, () -> mlp(c[0]));
      assertTrue(c[0] + ": " + e.getMessage(), e.getMessage().contains(c[1]) && e.getMessage().contains(c[2]));
    }
  }

  @Test
  public void settersRefuseBadValuesNamingTheOption() {
    LogitAdjustedMLP m = new LogitAdjustedMLP();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> m.setHiddenLayers("abc")).getMessage()
      .startsWith("-H "));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> m.setLearningRate(-1)).getMessage()
      .startsWith("-L "));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> m.setMiniBatchSize(0)).getMessage()
      .startsWith("-mini-batch "));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new LogitAdjustedLoss().setTau(-1)).getMessage()
      .startsWith("-tau "));
    assertEquals("128", m.getHiddenLayers());
    assertEquals(0.05, m.getLearningRate(), 0);
  }

  /**
   * Issue 14: the object editor showed batchSize (Weka's prediction batch) and miniBatchSize with
   * nothing to tell them apart; their display names and tips now say which is which.
   */
  @Test
  public void theEditorTellsThePredictionBatchFromTheTrainingMiniBatch() throws Exception {
    weka.core.OptionMetadata prediction = LogitAdjustedMLP.class.getMethod("getBatchSize")
      .getAnnotation(weka.core.OptionMetadata.class);
    weka.core.OptionMetadata training = LogitAdjustedMLP.class.getMethod("getMiniBatchSize")
      .getAnnotation(weka.core.OptionMetadata.class);
    assertTrue(prediction.displayName().contains("prediction") && prediction.description().startsWith("Prediction only"));
    assertTrue(training.displayName().contains("training") && training.description().startsWith("Training"));
  }

  /** A trained model predicts the same from many threads at once (a served or batch-evaluated model). */
  @Test
  public void concurrentPredictionsAgreeWithSequentialOnes() throws Exception {
    Instances train = blobs(new int[] { 100, 40, 20 }, 14);
    LogitAdjustedMLP m = mlp("-H 8 -N 3");
    m.buildClassifier(train);
    LogitAdjustedMLP copy = (LogitAdjustedMLP) new weka.core.SerializedObject(m).getObject();
    Instances test = blobs(new int[] { 50, 50, 50 }, 15);
    double[][] expected = m.distributionsForInstances(test);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<double[]>> got = new ArrayList<>();
      for (int i = 0; i < test.numInstances(); i++) {
        Instance inst = test.instance(i);
        got.add(pool.submit(() -> copy.distributionForInstance(inst)));
      }
      for (int i = 0; i < got.size(); i++) {
        assertArrayEquals(expected[i], got.get(i).get(), 0);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void infiniteValuesAreRefusedNamingTheAttribute() throws Exception {
    Instances d = blobs(new int[] { 10, 10, 10 }, 1);
    d.instance(3).setValue(1, Double.POSITIVE_INFINITY);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mlp("-N 2").buildClassifier(d));
    assertTrue(e.getMessage(), e.getMessage().contains("'y'"));
  }

  @Test
  public void classAbsentFromTrainingIsNeverPredicted() throws Exception {
    Instances d = blobs(new int[] { 40, 0, 20 }, 1);
    LogitAdjustedMLP m = mlp("-N 3 -posthoc-tau 1");
    m.buildClassifier(d);
    for (Instance inst : blobs(new int[] { 5, 5, 5 }, 2)) {
      double[] p = m.distributionForInstance(inst);
      assertEquals(0.0, p[1], 0);
      assertEquals(1.0, Utils.sum(p), 1e-9);
    }
  }

  @Test
  public void singleClassAndNoWeightAreHandled() throws Exception {
    LogitAdjustedMLP one = mlp("-N 2");
    one.buildClassifier(blobs(new int[] { 0, 15, 0 }, 1));
    assertArrayEquals(new double[] { 0, 1, 0 }, one.distributionForInstance(blobs(new int[] { 1, 0, 0 }, 2)
      .instance(0)), 1e-12);
    Instances none = blobs(new int[] { 5, 5, 5 }, 1);
    for (Instance inst : none) {
      inst.setWeight(0);
    }
    LogitAdjustedMLP zero = mlp("-N 2");
    zero.buildClassifier(none);
    assertArrayEquals(new double[] { 1 / 3.0, 1 / 3.0, 1 / 3.0 }, zero.distributionForInstance(none.instance(0)),
      1e-12);
  }

  @Test
  public void oneIterationIsOneEpochAndEarlyStoppingKeepsTheBest() throws Exception {
    Instances train = blobs(new int[] { 100, 40, 20 }, 8);
    LogitAdjustedMLP m = mlp("-N 7 -H 4");
    m.initializeClassifier(train);
    int iterations = 0;
    while (m.next()) {
      iterations++;
    }
    m.done();
    assertEquals(6, iterations);
    assertEquals(7, m.getEpochsTrained());
    LogitAdjustedMLP early = mlp("-N 200 -H 4 -V 30 -E 3 -L 0.5 -preset none -schedule constant");
    early.buildClassifier(train);
    assertTrue(early.getEpochsTrained() < 200);
    assertTrue(early.toString().contains("Best validation balanced accuracy"));
  }

  /**
   * Mostly-zero inputs take the zero-skipping first layer (uncentred inputs, sparse rows): 1 and 2
   * threads still give bit-identical models, one-by-one and batch predictions agree, and a
   * serialized model predicts the same.
   */
  @Test
  public void mostlyZeroInputsOneAndTwoThreadsAndSerializationAgree() throws Exception {
    Instances train = weka.imbalance.nn.ZeroSkippingTest.mostlyZeros(7);
    String opts = "-H 12 -N 3 -mini-batch 70 -S 2";
    LogitAdjustedMLP one = mlp(opts + " -num-threads 1");
    LogitAdjustedMLP two = mlp(opts + " -num-threads 2");
    one.buildClassifier(train);
    try (TeamPath forced = TeamPath.force()) {
      two.buildClassifier(train);
    }
    Instances test = weka.imbalance.nn.ZeroSkippingTest.mostlyZeros(8);
    double[][] batch = one.distributionsForInstances(test);
    Finite.check("1 thread", batch);
    assertArrayEquals(flatten(batch), flatten(two.distributionsForInstances(test)), 0);
    LogitAdjustedMLP copy = (LogitAdjustedMLP) new weka.core.SerializedObject(one).getObject();
    for (int i = 0; i < test.numInstances(); i++) {
      assertArrayEquals(batch[i], one.distributionForInstance(test.instance(i)), 0);
      assertArrayEquals(batch[i], copy.distributionForInstance(test.instance(i)), 0);
    }
  }

  @Test
  public void aSerializedModelPredictsTheSame() throws Exception {
    Instances train = blobs(new int[] { 80, 30, 10 }, 9);
    LogitAdjustedMLP m = mlp("-N 3 -H 6,5 -cosine -loss LDAMLoss -posthoc-tau 0.5");
    m.buildClassifier(train);
    LogitAdjustedMLP copy = (LogitAdjustedMLP) new weka.core.SerializedObject(m).getObject();
    for (Instance inst : blobs(new int[] { 5, 5, 5 }, 10)) {
      assertArrayEquals(m.distributionForInstance(inst), copy.distributionForInstance(inst), 0);
    }
  }

  @Test
  public void optionsRoundTripWithObjects() throws Exception {
    LogitAdjustedMLP m = mlp("-H 64,32 -N 5 -optimiser Adam -cosine -loss \"LDAMLoss -max-margin 0.3 -scale 20\" "
      + "-weighting \"InverseFrequencyWeighting -nu 0.25 -start 0.8\" -posthoc-tau 0.5 -preset none -schedule cosine");
    LogitAdjustedMLP copy = new LogitAdjustedMLP();
    copy.setOptions(m.getOptions());
    assertEquals(Utils.joinOptions(m.getOptions()), Utils.joinOptions(copy.getOptions()));
    assertEquals(0.3, ((LDAMLoss) copy.getLoss()).getMaxMargin(), 0);
    assertTrue(new LogitAdjustedMLP().getLoss() instanceof LogitAdjustedLoss);
    // release 0.1.0's class names (weka.imbalance.nn) are still understood
    assertTrue(mlp("-loss weka.imbalance.nn.CrossEntropyLoss").getLoss() instanceof CrossEntropyLoss);
    assertTrue(mlp("-weighting \"weka.imbalance.nn.EffectiveNumberWeighting -start 0.8\"").getClassWeighting()
      instanceof weka.imbalance.weighting.EffectiveNumberWeighting);
  }
}
