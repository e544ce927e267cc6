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

package weka.classifiers.meta;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.classifiers.AbstractClassifierTest;
import weka.classifiers.Classifier;

/**
 * Weka's generic classifier checks and regression reference for {@link COGClassifier} (COG-OS,
 * every class decomposed into 2 subclasses, so that the 20-instance check data is decomposed).
 */
public class COGClassifierTest extends AbstractClassifierTest {

  public COGClassifierTest(String name) {
    super(name);
  }

  @Override
  public Classifier getClassifier() {
    COGClassifier cog = new COGClassifier();
    cog.setDecomposeFactor(1);
    cog.setNumSubclasses(0);
    cog.setTargetSize(1);
    cog.setMaxSubclasses(2);
    cog.setMinSubclassSize(1);
    cog.setOversample(true);
    return cog;
  }

  public static Test suite() {
    return new TestSuite(COGClassifierTest.class);
  }

  public static void main(String[] args) {
    junit.textui.TestRunner.run(suite());
  }
}
