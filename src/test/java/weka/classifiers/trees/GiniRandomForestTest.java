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
package weka.classifiers.trees;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.classifiers.AbstractClassifierTest;
import weka.classifiers.Classifier;

/** Weka's classifier harness (capabilities, options, serialisation, regression output) on GiniRandomForest. */
public class GiniRandomForestTest extends AbstractClassifierTest {

  public GiniRandomForestTest(String name) {
    super(name);
  }

  @Override
  public Classifier getClassifier() {
    GiniRandomForest c = new GiniRandomForest();
    c.setNumTrees(10);
    return c;
  }

  public static Test suite() {
    return new TestSuite(GiniRandomForestTest.class);
  }
}
