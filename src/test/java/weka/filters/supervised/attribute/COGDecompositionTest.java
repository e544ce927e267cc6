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

package weka.filters.supervised.attribute;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Attribute;
import weka.core.Instances;
import weka.filters.AbstractFilterTest;
import weka.filters.Filter;

/**
 * Weka's generic filter checks and regression reference for {@link COGDecomposition}. The test
 * data's string, date and relational attributes are removed (SimpleKMeans handles only nominal
 * and numeric ones) and its first nominal attribute (r/g/b) is the class.
 */
public class COGDecompositionTest extends AbstractFilterTest {

  public COGDecompositionTest(String name) {
    super(name);
  }

  @Override
  protected void setUp() throws Exception {
    super.setUp();
    m_Instances.deleteAttributeType(Attribute.STRING);
    m_Instances.deleteAttributeType(Attribute.DATE);
    m_Instances.deleteAttributeType(Attribute.RELATIONAL);
    m_Instances.setClassIndex(0);
  }

  @Override
  protected Instances getFilteredClassifierData() throws Exception {
    Instances data = new Instances(m_Instances);
    data.setClassIndex(0);
    return data;
  }

  @Override
  public Filter getFilter() {
    COGDecomposition f = new COGDecomposition();
    f.setDecomposeFactor(1);
    f.setTargetSize(3);
    f.setMinSubclassSize(1);
    return f;
  }

  /**
   * FilteredClassifier refuses a filter that changes the class attribute: the documented reason
   * why COGClassifier, not this filter, is the tool for evaluation.
   */
  @Override
  public void testFilteredClassifier() {
    FilteredClassifier fc = new FilteredClassifier();
    fc.setFilter(getFilter());
    try {
      fc.buildClassifier(getFilteredClassifierData());
      fail("FilteredClassifier should refuse a filter that replaces the class by subclasses");
    } catch (Exception e) {
      assertTrue(e.getMessage(), e.getMessage().contains("modified the class attribute"));
    }
  }

  public static Test suite() {
    return new TestSuite(COGDecompositionTest.class);
  }

  public static void main(String[] args) {
    junit.textui.TestRunner.run(suite());
  }
}
