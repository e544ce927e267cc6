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

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.core.Attribute;
import weka.core.Instances;
import weka.filters.AbstractFilterTest;
import weka.filters.Filter;

/**
 * Weka's generic filter checks and regression reference for {@link ContrastiveRepresentation}, small
 * and short (the test data's string, date and relational attributes removed, its first nominal
 * attribute the class).
 */
public class ContrastiveRepresentationTest extends AbstractFilterTest {

  public ContrastiveRepresentationTest(String name) {
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
    ContrastiveRepresentation f = new ContrastiveRepresentation();
    f.setHiddenLayers("6");
    f.setHeadLayers("6,4");
    f.setEpochs(2);
    f.setBatchSize(8);
    return f;
  }

  public static Test suite() {
    return new TestSuite(ContrastiveRepresentationTest.class);
  }

  public static void main(String[] args) {
    junit.textui.TestRunner.run(suite());
  }
}
