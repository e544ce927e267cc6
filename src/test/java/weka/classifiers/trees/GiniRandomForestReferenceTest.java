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

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.Test;

import weka.classifiers.Evaluation;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.imbalance.testing.PythonReference;

/**
 * GiniRandomForest against scikit-learn's RandomForestClassifier with its defaults (committed output
 * of src/test/python/sklearn_forest_reference.py, and a live run when python3-sklearn is
 * installed): the trees' size and depth, which the bootstrap, the attributes tried per node and
 * growing until pure decide, and the cross-validated accuracy.
 */
public class GiniRandomForestReferenceTest {

  static final String REFERENCE = "src/test/resources/weka/classifiers/trees/sklearn-forest-reference.txt";
  static final String[] DATA_SETS = {"data/pima.arff", "data/ecoli.arff", "data/yeast.arff", "data/glass4.arff"};

  static void check(String what, List<String> ref) throws Exception {
    assertEquals(what + ": lines", DATA_SETS.length, ref.size());
    for (String line : ref) {
      String[] f = line.trim().split(" ");
      Instances data = DataSource.read(f[0]);
      data.setClassIndex(data.numAttributes() - 1);
      double nodes = 0;
      double depth = 0;
      for (int s = 0; s < 10; s++) {
        GiniRandomForest forest = new GiniRandomForest();
        forest.setSeed(s);
        forest.buildClassifier(data);
        nodes += forest.getMeasure("measureNumNodes") / 10;
        depth += forest.getMeasure("measureMeanDepth") / 10;
      }
      double accuracy = 0;
      for (int s = 0; s < 3; s++) {
        GiniRandomForest forest = new GiniRandomForest();
        forest.setSeed(s);
        Evaluation e = new Evaluation(data);
        e.crossValidateModel(forest, data, 5, new Random(s));
        accuracy += e.pctCorrect() / 100 / 3;
      }
      // 1,000 trees on each side: when the trees are grown alike the means differ by a few per cent at most
      // (glass4's trees of about 15 nodes vary most: a standard error of 0.17 nodes per side)
      assertEquals(what + ": nodes per tree, " + line, Double.parseDouble(f[1]), nodes, 0.04 * Double.parseDouble(f[1]));
      assertEquals(what + ": depth, " + line, Double.parseDouble(f[2]), depth, 0.05 * Double.parseDouble(f[2]));
      // other folds and draws: cross-validated accuracies agree to about two points
      assertEquals(what + ": accuracy, " + line, Double.parseDouble(f[3]), accuracy, 0.02);
    }
  }

  @Test
  public void treesAndAccuracyMatchTheCommittedScikitLearnOutput() throws Exception {
    check("committed", Files.readAllLines(new File(REFERENCE).toPath(), StandardCharsets.UTF_8));
  }

  @Test
  public void treesAndAccuracyMatchALiveScikitLearnRun() throws Exception {
    List<String> args = new ArrayList<>();
    args.add("src/test/python/sklearn_forest_reference.py");
    args.addAll(Arrays.asList(DATA_SETS));
    check("live", PythonReference.lines("apt-get install python3-sklearn python3-scipy", 300,
      args.toArray(new String[0])));
  }
}
