package weka.filters.supervised.instance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.Test;

import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.Filter;

/**
 * The resampling filters' own fields moved (seed and plan to ResamplingFilter, the -over/-under
 * settings to a strategy object, the search to an object): a filter saved by release 0.1.0 loads
 * with the settings it had, and retraining it gives exactly the predictions saved with it; a
 * filter of this release loads with its settings; a class this release lacks asks for retraining.
 */
public class ResamplingSavedFilterTest {

  static final File FIXTURES = new File("src/test/resources/weka/imbalance/compat/0.1.0");

  static Instances ecoli() throws Exception {
    Instances data = DataSource.read("data/ecoli.arff");
    data.setClassIndex(data.numAttributes() - 1);
    return data;
  }

  static weka.core.OptionHandler saved(String stem) throws Exception {
    FilteredClassifier fc = (FilteredClassifier) SerializationHelper.read(new File(FIXTURES, stem + ".model")
      .getPath());
    return (weka.core.OptionHandler) fc.getFilter();
  }

  /** Retrains a saved FilteredClassifier on the data it was saved with and compares its predictions. */
  static void retrainAndCompare(String stem) throws Exception {
    FilteredClassifier fc = (FilteredClassifier) SerializationHelper.read(new File(FIXTURES, stem + ".model")
      .getPath());
    Instances data = ecoli();
    fc.buildClassifier(new Instances(data));
    List<String> saved = Files.readAllLines(new File(FIXTURES, stem + ".predictions").toPath(), StandardCharsets.UTF_8);
    saved.remove(0);
    for (int i = 0; i < data.numInstances(); i++) {
      double[] d = fc.distributionForInstance(data.instance(i));
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < d.length; k++) {
        b.append(k == 0 ? "" : " ").append(Double.toHexString(d[k]));
      }
      assertEquals(stem + ", instance " + i, saved.get(i), b.toString());
    }
  }

  @Test
  public void filtersSavedByRelease010KeepTheirSettingsAndRetrainAsSaved() throws Exception {
    // FilteredClassifier -S 1 gave the filter the first number of the data's generator as its seed
    int seed = ecoli().getRandomNumberGenerator(1).nextInt();
    // release 0.1.0's defaults: the SMOTE package's amount, not this release's default strategy
    assertEquals("-strategy \"weka.imbalance.resampling.strategy.SmotePercentage -C 0 -P 100.0\" -K 5 -gap attribute "
      + "-nominal-distance smote-nc -scaling range -search \"weka.imbalance.resampling.ExactSearch -method auto "
      + "-num-threads 1\" -S " + seed,
      Utils.joinOptions(saved("FilteredClassifier-SMOTEWithUndersampling").getOptions()));
    assertEquals("-profile exponential -rho 10.0 -mu 0.5 -order index -S " + seed,
      Utils.joinOptions(saved("FilteredClassifier-LongTailSubsample").getOptions()));
    // retrained on the data they were saved with (FilteredClassifier reseeds its filter), they predict as saved
    retrainAndCompare("FilteredClassifier-SMOTEWithUndersampling");
    retrainAndCompare("FilteredClassifier-LongTailSubsample");
  }

  static byte[] save(Object o) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(b)) {
      out.writeObject(o);
    }
    return b.toByteArray();
  }

  @Test
  public void aFilterOfThisReleaseLoadsWithItsSettingsAndItsPlan() throws Exception {
    SMOTEWithUndersampling f = new SMOTEWithUndersampling();
    f.setOptions(Utils.splitOptions("-strategy \"UndersampleToRatio -ratio 2 -base \\\"RaiseToCount -count 50\\\"\" "
      + "-K 3 -W -gap instance -nominal-distance vdm -scaling std -search brute -num-threads 2 -S 9"));
    Filter.useFilter(ecoli(), setUp(f));
    SMOTEWithUndersampling g = (SMOTEWithUndersampling) new ObjectInputStream(new ByteArrayInputStream(save(f)))
      .readObject();
    assertEquals(Utils.joinOptions(f.getOptions()), Utils.joinOptions(g.getOptions()));
    assertEquals(f.getLastPlan().toString(), g.getLastPlan().toString());
    LongTailSubsample l = new LongTailSubsample();
    l.setOptions(Utils.splitOptions("-profile step -rho 4 -mu 0.25 -order random -S 3"));
    LongTailSubsample m = (LongTailSubsample) new ObjectInputStream(new ByteArrayInputStream(save(l))).readObject();
    assertEquals(Utils.joinOptions(l.getOptions()), Utils.joinOptions(m.getOptions()));
  }

  static Filter setUp(Filter f) throws Exception {
    f.setInputFormat(ecoli());
    return f;
  }

  @Test
  public void aStrategyClassThisReleaseLacksAsksForRetraining() throws Exception {
    byte[] saved = save(new SMOTEWithUndersampling());
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> new ObjectInputStream(
      new ByteArrayInputStream(saved)) {
      @Override
      protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        if (desc.getName().startsWith("weka.imbalance.resampling.strategy.")) {
          throw new ClassNotFoundException(desc.getName());
        }
        return super.resolveClass(desc);
      }
    }.readObject());
    String m = e.getMessage();
    assertTrue(m, m.startsWith("This SMOTEWithUndersampling model was saved by imbalancedLearning "
      + weka.imbalance.Release.VERSION) && m.endsWith("retrain it with this release.")
      && m.contains("its m_Strategy is missing or of a class that this release does not have"));
  }

}
