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

package weka.imbalance.compat;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.InvalidClassException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;

import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.SerializationHelper;

/**
 * Models saved by every earlier release (the fixtures of {@link SavedModels}, one folder per
 * release under {@code src/test/resources/weka/imbalance/compat}) load with the current code and
 * give exactly the class distributions they gave when saved, or loading fails with one message that
 * names the release that saved the model and says to retrain it: never a
 * {@link ClassNotFoundException} or {@link InvalidClassException}.
 */
public class SavedModelCompatibilityTest {

  static final File ROOT = new File("src/test/resources/weka/imbalance/compat");

  /**
   * The one deliberate change of predictions: release 0.1.0 gave a model trained with LDAM on the
   * cosine output layer the softmax of its raw cosines, a nearly flat distribution, instead of the
   * softmax of the logits LDAM trained, the cosines times its scale s (issue 13). Such a model
   * must now give exactly softmax(s * cosines): from a saved distribution p, whose logarithms are
   * the cosines up to a constant, that is softmax(s * log p); the predicted class is unchanged.
   * Value: the scale s of the saved model's loss (LDAM's default, 30).
   */
  static final java.util.Map<String, Double> LDAM_SCALE_CORRECTED = java.util.Collections.singletonMap(
    "0.1.0/LogitAdjustedMLP-LDAM-DRW.model", 30.0);

  @Test
  public void everyReleasesModelsLoadAndPredictAsSavedOrAskToBeRetrained() throws Exception {
    File[] releases = ROOT.listFiles(File::isDirectory);
    assertTrue("no saved-model fixtures under " + ROOT, releases != null && releases.length > 0);
    Instances data = SavedModels.data();
    List<String> checked = new ArrayList<>();
    for (File release : releases) {
      File[] models = release.listFiles((d, n) -> n.endsWith(".model"));
      assertTrue("no models in " + release, models != null && models.length > 0);
      Arrays.sort(models);
      for (File model : models) {
        String what = release.getName() + "/" + model.getName();
        File predictions = new File(model.getPath().replaceAll("\\.model$", ".predictions"));
        assertTrue("missing " + predictions, predictions.isFile());
        Classifier c;
        try {
          c = (Classifier) SerializationHelper.read(model.getPath());
        } catch (Exception e) {
          assertRetrainMessage(what, release.getName(), e);
          checked.add(what + " (asks to be retrained)");
          continue;
        }
        List<String> expected = new ArrayList<>(Files.readAllLines(predictions.toPath(), StandardCharsets.UTF_8));
        assertTrue(expected.remove(0).startsWith("# "));
        List<String> actual = SavedModels.distributions(c, data);
        assertEquals(what + ": number of predictions", expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
          if (LDAM_SCALE_CORRECTED.containsKey(what)) {
            assertScaledSoftmax(what + ", instance " + i, expected.get(i), actual.get(i), LDAM_SCALE_CORRECTED.get(what));
          } else {
            assertEquals(what + ": class distribution of instance " + i, expected.get(i), actual.get(i));
          }
        }
        checked.add(what);
      }
    }
    assertFalse(checked.isEmpty());
  }

  /** actual = softmax(s * log(saved)), entry by entry, and the same predicted class. */
  private static void assertScaledSoftmax(String what, String saved, String actual, double s) {
    String[] p = saved.split(" ");
    String[] q = actual.split(" ");
    assertEquals(what, p.length, q.length);
    double[] z = new double[p.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < p.length; k++) {
      z[k] = s * Math.log(Double.parseDouble(p[k]));
      max = Math.max(max, z[k]);
    }
    double sum = 0;
    for (double v : z) {
      sum += Math.exp(v - max);
    }
    int savedClass = 0;
    int actualClass = 0;
    for (int k = 0; k < p.length; k++) {
      double got = Double.parseDouble(q[k]);
      assertEquals(what + ": class " + k, Math.exp(z[k] - max) / sum, got, 1e-9);
      savedClass = Double.parseDouble(p[k]) > Double.parseDouble(p[savedClass]) ? k : savedClass;
      actualClass = got > Double.parseDouble(q[actualClass]) ? k : actualClass;
    }
    assertEquals(what + ": predicted class", savedClass, actualClass);
  }

  private static void assertRetrainMessage(String what, String release, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ClassNotFoundException || t instanceof InvalidClassException) {
        throw new AssertionError(what + ": loading failed with " + t + " instead of a message naming the release",
          e);
      }
    }
    String m = String.valueOf(e.getMessage());
    if (!(m.contains(release) && m.toLowerCase().contains("retrain") && !m.contains("\n"))) {
      fail(what + ": loading failed without one line naming release " + release + " and asking to retrain: " + m);
    }
  }
}
