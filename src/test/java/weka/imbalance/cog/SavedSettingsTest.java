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

package weka.imbalance.cog;

import static org.junit.Assert.assertEquals;

import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

import org.junit.Test;

import weka.core.OptionHandler;
import weka.core.Utils;

/**
 * Release 0.1.0 kept COG's settings as six fields of each component; later releases keep them in
 * one {@link DecompositionSettings}. A component saved unbuilt by 0.1.0 (as the Experimenter saves
 * its classifiers in an experiment file) must load with every setting it was saved with. The
 * models and the options 0.1.0 printed for them ({@code .options}) were written by release 0.1.0.
 */
public class SavedSettingsTest {

  private static final String DIR = "src/test/resources/weka/imbalance/cog/0.1.0/";

  private static void assertLoadsWithItsOptions(String name) throws Exception {
    String expected = new String(Files.readAllBytes(Paths.get(DIR + name + ".options")), StandardCharsets.UTF_8).trim();
    try (InputStream in = Files.newInputStream(Paths.get(DIR + name + ".model"));
      ObjectInputStream o = new ObjectInputStream(in)) {
      assertEquals(expected, Utils.joinOptions(((OptionHandler) o.readObject()).getOptions()));
    }
  }

  @Test
  public void anUnbuiltClassifierOfRelease010KeepsItsSettings() throws Exception {
    assertLoadsWithItsOptions("COGClassifier-unbuilt");
  }

  @Test
  public void anUnbuiltFilterOfRelease010KeepsItsSettings() throws Exception {
    assertLoadsWithItsOptions("COGDecomposition-unbuilt");
  }

  /** A later release without the classes of this package, as ReleaseGuardTest simulates it. */
  private static final class WithoutCog extends ObjectInputStream {
    WithoutCog(InputStream in) throws java.io.IOException {
      super(in);
    }

    @Override
    protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws java.io.IOException, ClassNotFoundException {
      if (desc.getName().startsWith("weka.imbalance.cog.")) {
        throw new ClassNotFoundException(desc.getName());
      }
      return super.resolveClass(desc);
    }
  }

  @Test
  public void aModelWhoseDecompositionClassIsGoneAsksToBeRetrained() throws Exception {
    try (InputStream in = Files.newInputStream(Paths.get("src/test/resources/weka/imbalance/compat/0.1.0/COGClassifier.model"));
      ObjectInputStream o = new WithoutCog(in)) {
      o.readObject();
      org.junit.Assert.fail("a model referring to a missing class must not load");
    } catch (java.io.InvalidObjectException e) {
      assertEquals("This COGClassifier model was saved by imbalancedLearning 0.1.0 and cannot be loaded by release "
        + weka.imbalance.Release.VERSION + " (it refers to weka.imbalance.cog.ClassDecomposition, which this release "
        + "does not have): retrain it with this release.", e.getMessage());
    }
  }
}
