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

package weka.imbalance.testing;

import java.io.File;

import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.experiment.Experiment;
import weka.experiment.InstancesResultListener;

/** Runs a Weka experiment in a test, as the Experimenter's Run tab would. */
public final class Experiments {

  private Experiments() {
  }

  /**
   * Runs one run of the experiment (run 1 only) with its results written to {@code results}.
   *
   * @param exp the experiment, its result producer and data sets set
   * @param results the ARFF file the result listener writes
   * @return the results, one row per run, data set, scheme and fold
   * @throws Exception if the experiment fails
   */
  public static Instances runOnce(Experiment exp, File results) throws Exception {
    exp.setRunLower(1);
    exp.setRunUpper(1);
    InstancesResultListener listener = new InstancesResultListener();
    listener.setOutputFile(results);
    exp.setResultListener(listener);
    exp.initialize();
    exp.runExperiment();
    exp.postProcess();
    return DataSource.read(results.getPath());
  }
}
