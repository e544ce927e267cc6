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

package weka.filters.unsupervised.attribute;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Random;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import weka.classifiers.Evaluation;
import weka.classifiers.functions.Logistic;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.experiment.ClassifierSplitEvaluator;
import weka.experiment.CrossValidationResultProducer;
import weka.experiment.Experiment;
import weka.filters.Filter;
import weka.imbalance.testing.Experiments;

/** The filter as Weka users meet it: output, determinism, options, FilteredClassifier, saving. */
public class ContrastiveRepresentationBehaviourTest {

  @Rule
  public TemporaryFolder m_Tmp = new TemporaryFolder();

  static Instances ecoli() throws Exception {
    Instances d = DataSource.read("data/ecoli.arff");
    d.setClassIndex(d.numAttributes() - 1);
    return d;
  }

  static ContrastiveRepresentation small(String more) throws Exception {
    ContrastiveRepresentation f = new ContrastiveRepresentation();
    f.setOptions(Utils.splitOptions("-hidden 12 -head 12,8 -batch 64 -epochs 3 " + more));
    return f;
  }

  static double[][] values(Instances d) {
    double[][] v = new double[d.numInstances()][];
    for (int i = 0; i < v.length; i++) {
      v[i] = d.instance(i).toDoubleArray();
    }
    return v;
  }

  static double[][] run(Instances d, String options) throws Exception {
    ContrastiveRepresentation f = small(options);
    f.setInputFormat(d);
    return values(Filter.useFilter(d, f));
  }

  @Test
  public void outputsTheRepresentationThenTheClass() throws Exception {
    Instances d = ecoli();
    d.instance(3).setWeight(2.5);
    ContrastiveRepresentation f = small("");
    f.setInputFormat(d);
    Instances out = Filter.useFilter(d, f);
    assertEquals(13, out.numAttributes());
    assertEquals(12, out.classIndex());
    assertEquals(d.classAttribute().name(), out.classAttribute().name());
    assertEquals(d.numInstances(), out.numInstances());
    boolean nonZero = false;
    for (int i = 0; i < d.numInstances(); i++) {
      assertEquals(d.instance(i).classValue(), out.instance(i).classValue(), 0);
      assertEquals(d.instance(i).weight(), out.instance(i).weight(), 0);
      for (int j = 0; j < 12; j++) {
        assertTrue(out.attribute(j).isNumeric());
        assertTrue("ReLU units", out.instance(i).value(j) >= 0);
        nonZero |= out.instance(i).value(j) > 0;
      }
    }
    assertTrue(nonZero);
  }

  @Test
  public void neverLooksAtTheClass() throws Exception {
    Instances d = ecoli();
    double[][] a = run(d, "");
    Instances e = new Instances(d);
    Random r = new Random(1);
    for (int i = 0; i < e.numInstances(); i++) {
      if (r.nextBoolean()) {
        e.instance(i).setClassMissing();
      } else {
        e.instance(i).setClassValue(r.nextInt(e.numClasses()));
      }
    }
    double[][] b = run(e, "");
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(java.util.Arrays.copyOf(a[i], 12), java.util.Arrays.copyOf(b[i], 12), 0);
      assertEquals(e.instance(i).isMissing(e.classIndex()), Utils.isMissingValue(b[i][12]));
    }
  }

  @Test
  public void deterministicPerSeedAndTheSameFromOneAndTwoThreads() throws Exception {
    Instances d = ecoli();
    for (String method : new String[] { "SimCLR", "SDCLR", "BCL", "\"GH -K 4 -warmup 0.3\"" }) {
      double[][] one = run(d, "-method " + method + " -num-threads 1");
      double[][] two = run(d, "-method " + method + " -num-threads 2");
      double[][] again = run(d, "-method " + method + " -num-threads 1");
      double[][] other = run(d, "-method " + method + " -num-threads 1 -S 2");
      for (int i = 0; i < one.length; i++) {
        assertArrayEquals(method, one[i], two[i], 0);
        assertArrayEquals(method, one[i], again[i], 0);
      }
      assertFalse(method, java.util.Arrays.deepEquals(one, other));
    }
  }

  @Test
  public void methodsChangeTheRepresentation() throws Exception {
    Instances d = ecoli();
    double[][] simclr = run(d, "");
    for (String method : new String[] { "SDCLR", "BCL", "\"GH -K 4 -warmup 0\"" }) {
      assertFalse(method, java.util.Arrays.deepEquals(simclr, run(d, "-method " + method)));
    }
  }

  @Test
  public void laterBatchesUseTheTrainedEncoder() throws Exception {
    Instances d = ecoli();
    ContrastiveRepresentation f = small("");
    f.setInputFormat(d);
    Instances first = Filter.useFilter(d, f);
    Instances part = new Instances(d, 10, 5);
    Instances second = Filter.useFilter(part, f);
    for (int i = 0; i < 5; i++) {
      assertArrayEquals(first.instance(10 + i).toDoubleArray(), second.instance(i).toDoubleArray(), 0);
    }
  }

  @Test
  public void savedAndLoadedFilterTransformsTheSame() throws Exception {
    Instances d = ecoli();
    ContrastiveRepresentation f = small("-method BCL");
    f.setInputFormat(d);
    Instances first = Filter.useFilter(d, f);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
      o.writeObject(f);
    }
    ContrastiveRepresentation g;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      g = (ContrastiveRepresentation) in.readObject();
    }
    Instances again = Filter.useFilter(d, g);
    for (int i = 0; i < d.numInstances(); i++) {
      assertArrayEquals(first.instance(i).toDoubleArray(), again.instance(i).toDoubleArray(), 0);
    }
  }

  @Test
  public void aSavedFilterWhoseMethodHasMovedAsksToBeRetrained() throws Exception {
    Instances d = ecoli();
    ContrastiveRepresentation f = small("-method SDCLR");
    f.setInputFormat(d);
    Filter.useFilter(d, f);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
      o.writeObject(f);
    }
    // as a later release without weka.imbalance.ssl.SDCLR would read it
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
      @Override
      protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws java.io.IOException,
        ClassNotFoundException {
        if (desc.getName().equals("weka.imbalance.ssl.SDCLR")) {
          throw new ClassNotFoundException(desc.getName());
        }
        return super.resolveClass(desc);
      }
    }) {
      in.readObject();
      fail("loaded");
    } catch (java.io.InvalidObjectException e) {
      assertTrue(e.getMessage(), e.getMessage().startsWith("This ContrastiveRepresentation model was saved by "
        + "imbalancedLearning " + weka.imbalance.Release.VERSION));
      assertFalse(e.getMessage().contains("\n"));
    }
  }

  @Test
  public void worksInTheFilteredClassifier() throws Exception {
    Instances d = ecoli();
    FilteredClassifier fc = new FilteredClassifier();
    ContrastiveRepresentation f = small("");
    f.setEpochs(20);
    fc.setFilter(f);
    fc.setClassifier(new Logistic());
    Evaluation ev = new Evaluation(d);
    ev.crossValidateModel(fc, d, 3, new Random(1));
    // the majority class alone gets 143 / 336 = 42.6%; the representation must carry more than that
    assertTrue("accuracy " + ev.pctCorrect(), ev.pctCorrect() > 60);
  }

  @Test
  public void worksInTheExperimenter() throws Exception {
    // the Experimenter's way: a FilteredClassifier as the split evaluator's classifier, one run of
    // 2-fold cross-validation; each fold trains the filter on its own training split
    FilteredClassifier fc = new FilteredClassifier();
    ContrastiveRepresentation f = small("");
    f.setEpochs(20);
    fc.setFilter(f);
    fc.setClassifier(new Logistic());
    ClassifierSplitEvaluator se = new ClassifierSplitEvaluator();
    se.setClassifier(fc);
    CrossValidationResultProducer cv = new CrossValidationResultProducer();
    cv.setNumFolds(2);
    cv.setSplitEvaluator(se);
    Experiment exp = new Experiment();
    exp.setResultProducer(cv);
    exp.setUsePropertyIterator(false);
    javax.swing.DefaultListModel<File> data = new javax.swing.DefaultListModel<>();
    data.addElement(new File("data/ecoli.arff"));
    exp.setDatasets(data);
    Instances r = Experiments.runOnce(exp, m_Tmp.newFile("results.arff"));
    assertEquals("one row per fold", 2, r.numInstances());
    for (int i = 0; i < r.numInstances(); i++) {
      assertTrue(r.instance(i).toString(), r.instance(i).stringValue(r.attribute("Key_Scheme")).endsWith(
        "FilteredClassifier"));
      // the majority class alone gets 42.6%
      double pct = r.instance(i).value(r.attribute("Percent_correct"));
      assertTrue("fold " + i + ": " + pct + "% correct", pct > 60);
    }
  }

  @Test
  public void imageViews() throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int p = 0; p < 16; p++) {
      atts.add(new Attribute("p" + p));
    }
    atts.add(new Attribute("class", java.util.Arrays.asList("a", "b")));
    Instances d = new Instances("img", atts, 0);
    d.setClassIndex(16);
    Random r = new Random(2);
    for (int i = 0; i < 40; i++) {
      double[] v = new double[17];
      for (int p = 0; p < 16; p++) {
        v[p] = (i % 2 == 0 ? p % 4 : p / 4) * 50 + r.nextInt(10);
      }
      v[16] = i % 2;
      d.add(new DenseInstance(1, v));
    }
    double[][] a = run(d, "-image 4x4 -num-threads 1");
    double[][] b = run(d, "-image 4x4 -num-threads 2");
    // BCL's RandAugment operations, from 1 and 2 threads
    double[][] c = run(d, "-image 4x4 -method BCL -num-threads 1");
    double[][] c2 = run(d, "-image 4x4 -method BCL -num-threads 2");
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], 0);
      assertArrayEquals(c[i], c2[i], 0);
    }
    assertFalse(java.util.Arrays.deepEquals(a, run(d, "")));
    assertFalse(java.util.Arrays.deepEquals(a, c));
    try {
      run(d, "-image 3x5");
      fail("a 3x5 image of 16 attributes accepted");
    } catch (IllegalArgumentException e) {
      assertEquals("-image 3x5 needs 15 attributes besides the class, the data has 16", e.getMessage());
    }
  }

  @Test
  public void anImageSizeTheAttributesCannotHaveIsRefusedWithTheFormat() throws Exception {
    // from the header alone, before any training (the command line sets the format first)
    Instances header = new Instances(ecoli(), 0);
    ContrastiveRepresentation f = small("-image 28x28");
    try {
      f.setInputFormat(header);
      fail("-image 28x28 accepted for 7 attributes");
    } catch (IllegalArgumentException e) {
      assertEquals("-image 28x28 needs 784 attributes besides the class, the data has 7", e.getMessage());
    }
    Instances nominal = new Instances(header);
    nominal.setClassIndex(0);
    ContrastiveRepresentation g = small("-image 7x1");
    try {
      g.setInputFormat(nominal);
      fail("a nominal pixel accepted");
    } catch (IllegalArgumentException e) {
      assertEquals("-image: attribute 'location' is not numeric; an image's attributes are its pixels",
        e.getMessage());
    }
  }

  @Test
  public void unlabelledDataWithoutAClassAttributeIsWelcome() throws Exception {
    // an unsupervised filter: data with no class at all gets the representation alone
    Instances d = ecoli();
    int c = d.classIndex();
    d.setClassIndex(-1);
    d.deleteAttributeAt(c);
    ContrastiveRepresentation f = small("");
    f.setInputFormat(d);
    Instances out = Filter.useFilter(d, f);
    assertEquals(12, out.numAttributes());
    assertEquals(-1, out.classIndex());
    assertEquals(d.numInstances(), out.numInstances());
    // the representation is the one learned with the class set (never looked at)
    double[][] labelled = run(ecoli(), "");
    for (int i = 0; i < d.numInstances(); i++) {
      assertArrayEquals(java.util.Arrays.copyOf(labelled[i], 12), out.instance(i).toDoubleArray(), 0);
    }
  }

  @Test
  public void aNumericClassIsKept() throws Exception {
    Instances d = ecoli();
    d.setClassIndex(0);
    ContrastiveRepresentation f = small("");
    f.setInputFormat(d);
    Instances out = Filter.useFilter(d, f);
    assertEquals(13, out.numAttributes());
    assertEquals(12, out.classIndex());
    assertTrue(out.classAttribute().isNumeric());
    for (int i = 0; i < d.numInstances(); i++) {
      assertEquals(d.instance(i).classValue(), out.instance(i).classValue(), 0);
    }
  }

  @Test
  public void runsFromTheCommandLineWhereTheFormatIsSetFromTheHeaderAlone() throws Exception {
    // Filter.filterFile (-i / -o) sets the input format from the header before it reads the data
    Instances d = ecoli();
    ContrastiveRepresentation f = small("");
    f.setInputFormat(new Instances(d, 0));
    assertEquals(d.numInstances(), Filter.useFilter(d, f).numInstances());
    ContrastiveRepresentation g = small("");
    g.setInputFormat(new Instances(d, 0));
    try {
      Filter.useFilter(new Instances(d, 0, 1), g);
      fail("trained on one instance");
    } catch (weka.core.WekaException e) {
      assertEquals("ContrastiveRepresentation needs at least 2 instances in its first batch (NT-Xent compares the "
        + "views of different instances), got 1", e.getMessage());
    }
  }

  @Test
  public void badOptionsFailWhenSet() throws Exception {
    ContrastiveRepresentation f = new ContrastiveRepresentation();
    expect("-temperature must be finite and > 0, got 0.0", () -> f.setTemperature(0));
    expect("-batch must be >= 2, got 1", () -> f.setBatchSize(1));
    expect("-epochs must be >= 1, got 0", () -> f.setEpochs(0));
    expect("-mask must be in [0, 1], got 1.5", () -> f.setMask(1.5));
    expect("-crop-scale must be in (0, 1], got 0.0", () -> f.setCropScale(0));
    expect("-hidden must be comma-separated layer sizes >= 1, got '0'", () -> f.setHiddenLayers("0"));
    expect("-image must be WIDTHxHEIGHT (e.g. 28x28) or empty, got '28'", () -> f.setImage("28"));
    expect("-method: cannot use 'SDCLR -prune 1' (-prune must be in [0, 1), got 1.0)", () -> f.setOptions(Utils.splitOptions("-method \"SDCLR -prune 1\"")));
    expect("-method: cannot use 'Nope'", () -> f.setOptions(Utils.splitOptions("-method Nope")));
    // two options: GH's K against the projection size, at the end of setOptions
    expect("-K must be at most the projection size (8)", () -> f.setOptions(Utils.splitOptions(
      "-head 16,8 -method \"GH -K 10\"")));
  }

  @Test
  public void optionsRoundTrip() throws Exception {
    ContrastiveRepresentation f = small("-method \"GH -K 5 -weight 0.5\" -image 2x2 -no-flip -S 7 -mask 0.3");
    ContrastiveRepresentation g = new ContrastiveRepresentation();
    g.setOptions(f.getOptions());
    assertArrayEquals(f.getOptions(), g.getOptions());
  }

  interface Action {
    void run() throws Exception;
  }

  static void expect(String start, Action a) throws Exception {
    try {
      a.run();
      fail("accepted: expected " + start);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage(), e.getMessage().startsWith(start));
    }
  }
}
