package weka.imbalance.compat;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Properties;

import org.junit.Test;

import weka.imbalance.Release;

/**
 * The mechanism behind {@link SavedModelCompatibilityTest}: a model that refers to a class this
 * release does not have fails with the one-line retrain message, and the release constant agrees
 * with the package metadata.
 */
public class ReleaseGuardTest {

  /** Reads a stream as a later release would that no longer has the classes of one package. */
  static final class WithoutPackage extends ObjectInputStream {
    private final String m_gone;

    WithoutPackage(InputStream in, String gone) throws IOException {
      super(in);
      m_gone = gone;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
      if (desc.getName().startsWith(m_gone)) {
        throw new ClassNotFoundException(desc.getName());
      }
      return super.resolveClass(desc);
    }
  }

  /**
   * Release 0.1.0 kept the MLP's options, losses and weightings in weka.imbalance.nn; they have
   * moved, so its LogitAdjustedMLP models ask to be retrained, in one line.
   */
  @Test
  public void theMlpModelsOf010AskToBeRetrained() throws Exception {
    for (String model : new String[] { "LogitAdjustedMLP.model", "LogitAdjustedMLP-LDAM-DRW.model" }) {
      byte[] saved = Files.readAllBytes(Paths.get(SavedModelCompatibilityTest.ROOT.getPath(), "0.1.0", model));
      InvalidObjectException e = assertThrows(InvalidObjectException.class,
        () -> new ObjectInputStream(new ByteArrayInputStream(saved)).readObject());
      assertTrue(e.getMessage(), e.getMessage().startsWith("This LogitAdjustedMLP model was saved by "
        + "imbalancedLearning 0.1.0 and cannot be loaded by release " + Release.VERSION));
      assertTrue(e.getMessage(), e.getMessage().endsWith("retrain it with this release.")
        && !e.getMessage().contains("\n"));
    }
  }

  @Test
  public void aModelReferringToAMovedClassAsksToBeRetrained() throws Exception {
    weka.classifiers.functions.LogitAdjustedMLP mlp = new weka.classifiers.functions.LogitAdjustedMLP();
    mlp.setOptions(new String[] { "-N", "1", "-cosine", "-loss", "LDAMLoss" });
    mlp.buildClassifier(SavedModels.data());
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(b)) {
      o.writeObject(mlp);
    }
    // a later release without this release's LDAMLoss: a field of the options superclass
    InvalidObjectException e = assertThrows(InvalidObjectException.class,
      () -> new WithoutPackage(new ByteArrayInputStream(b.toByteArray()), "weka.imbalance.loss.LDAM").readObject());
    assertTrue(e.getMessage(), e.getMessage().startsWith("This LogitAdjustedMLP model was saved by "
      + "imbalancedLearning " + Release.VERSION + " and cannot be loaded"));
    assertTrue(e.getMessage(), e.getMessage().contains("weka.imbalance.loss.LDAMLoss")
      && e.getMessage().endsWith("retrain it with this release."));
  }

  @Test
  public void aModelOfThisReleaseRecordsItsRelease() throws Exception {
    weka.classifiers.functions.LogitAdjustedMLP mlp = new weka.classifiers.functions.LogitAdjustedMLP();
    mlp.setOptions(new String[] {"-N", "1"});
    mlp.buildClassifier(SavedModels.data());
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(b)) {
      o.writeObject(mlp);
    }
    // a later release without the network class of this one: the model's own fields, read last
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> new WithoutPackage(
      new ByteArrayInputStream(b.toByteArray()), "weka.imbalance.nn.Network").readObject());
    assertTrue(e.getMessage(), e.getMessage().startsWith("This LogitAdjustedMLP model was saved by imbalancedLearning "
      + Release.VERSION + " "));
  }

  @Test
  public void theReleaseIsThePackageVersion() throws Exception {
    Properties p = new Properties();
    try (FileReader r = new FileReader("Description.props")) {
      p.load(r);
    }
    assertEquals(p.getProperty("Version"), Release.VERSION);
    String pom = new String(Files.readAllBytes(Paths.get("pom.xml")), "UTF-8");
    assertTrue("pom.xml version", pom.contains("<version>" + Release.VERSION + "</version>"));
  }
}
