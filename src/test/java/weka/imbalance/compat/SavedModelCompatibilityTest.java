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
import weka.imbalance.Release;

/**
 * Models saved by every earlier release (the fixtures of {@link SavedModels}, one folder per
 * release under {@code src/test/resources/weka/imbalance/compat}) load with the current code and
 * give exactly the class distributions they gave when saved, or loading fails with one message that
 * names the release that saved the model and says to retrain it: never a
 * {@link ClassNotFoundException} or {@link InvalidClassException}.
 */
public class SavedModelCompatibilityTest {

  static final File ROOT = new File("src/test/resources/weka/imbalance/compat");

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
          assertEquals(what + ": class distribution of instance " + i, expected.get(i), actual.get(i));
        }
        checked.add(what);
      }
    }
    assertFalse(checked.isEmpty());
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
    // a release that cannot load an earlier release's model is a major version step
    assertTrue(what + " asks to be retrained, so release " + Release.VERSION + " must be a major step from " + release,
      major(Release.VERSION) > major(release));
  }

  private static int major(String version) {
    return Integer.parseInt(version.substring(0, version.indexOf('.')));
  }
}
