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

import java.io.File;
import java.io.FileReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;

/**
 * The saved-model fixtures of one release: each classifier of the package (and each resampling
 * filter inside Weka's FilteredClassifier, as users save them) trained on {@code data/ecoli.arff},
 * written with Weka's {@link SerializationHelper} as the Explorer and {@code -d} do, next to its
 * class distributions for every instance of the same file. {@code SavedModelCompatibilityTest}
 * loads every release's fixtures with the current code.
 *
 * <p>Run once per release, before anything that changes a serialized class:
 * {@code bench/run weka.imbalance.compat.SavedModels src/test/resources/weka/imbalance/compat/<version>}
 */
public final class SavedModels {

  /** The data every fixture is trained and evaluated on. */
  static final String DATA = "data/ecoli.arff";

  private SavedModels() {
  }

  /** @return file stem -> classifier command line, the models a release saves */
  static Map<String, String> models() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("LogitAdjustedMLP", "weka.classifiers.functions.LogitAdjustedMLP -N 5 -num-threads 1");
    m.put("LogitAdjustedMLP-LDAM-DRW", "weka.classifiers.functions.LogitAdjustedMLP -N 5 -cosine "
      + "-loss \"weka.imbalance.loss.LDAMLoss\" "
      + "-weighting \"weka.imbalance.weighting.EffectiveNumberWeighting -start 0.8\"");
    m.put("ThresholdMoving", "weka.classifiers.meta.ThresholdMoving");
    m.put("ThresholdMoving-tuned", "weka.classifiers.meta.ThresholdMoving -tune -W weka.classifiers.bayes.NaiveBayes");
    m.put("PlugInEmpiricalThreshold", "weka.classifiers.meta.PlugInEmpiricalThreshold");
    m.put("ClassBalancedReweighting", "weka.classifiers.meta.ClassBalancedReweighting");
    m.put("COGClassifier", "weka.classifiers.meta.COGClassifier -W weka.classifiers.functions.SMO");
    m.put("FilteredClassifier-SMOTEWithUndersampling", "weka.classifiers.meta.FilteredClassifier "
      + "-F \"weka.filters.supervised.instance.SMOTEWithUndersampling\" -W weka.classifiers.trees.J48");
    m.put("FilteredClassifier-LongTailSubsample", "weka.classifiers.meta.FilteredClassifier "
      + "-F \"weka.filters.supervised.instance.LongTailSubsample -rho 10\" -W weka.classifiers.trees.J48");
    // since 1.0.0 (a release's fixtures hold what it has; the map only grows)
    m.put("BalancedBagging", "weka.classifiers.meta.BalancedBagging -I 5");
    m.put("EasyEnsemble", "weka.classifiers.meta.EasyEnsemble -I 3");
    m.put("BalancedRandomForest", "weka.classifiers.meta.BalancedRandomForest -I 10");
    m.put("RUSBoost", "weka.classifiers.meta.RUSBoost -I 5");
    for (String f : new String[] {"ADASYN", "BorderlineSMOTE", "RandomOverSampler", "TomekLinks",
      "NeighbourhoodCleaningRule", "NearMiss", "SMOTEENN"}) {
      m.put("FilteredClassifier-" + f, "weka.classifiers.meta.FilteredClassifier "
        + "-F weka.filters.supervised.instance." + f + " -W weka.classifiers.trees.J48");
    }
    return m;
  }

  /**
   * @param model a classifier
   * @param data the instances
   * @return one line per instance: the class distribution, each probability written exactly
   */
  static List<String> distributions(Classifier model, Instances data) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < data.numInstances(); i++) {
      double[] d = model.distributionForInstance(data.instance(i));
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < d.length; k++) {
        b.append(k == 0 ? "" : " ").append(Double.toHexString(d[k]));
      }
      lines.add(b.toString());
    }
    return lines;
  }

  static Instances data() throws IOException {
    try (FileReader r = new FileReader(DATA, StandardCharsets.UTF_8)) {
      Instances data = new Instances(r);
      data.setClassIndex(data.numAttributes() - 1);
      return data;
    }
  }

  /**
   * @param args the output folder
   */
  public static void main(String[] args) throws Exception {
    File dir = new File(args[0]);
    if (!dir.isDirectory() && !dir.mkdirs()) {
      throw new IOException("cannot create " + dir);
    }
    Instances data = data();
    for (Map.Entry<String, String> e : models().entrySet()) {
      String[] opts = Utils.splitOptions(e.getValue());
      String cls = opts[0];
      opts[0] = "";
      Classifier c = AbstractClassifier.forName(cls, opts);
      c.buildClassifier(new Instances(data));
      SerializationHelper.write(new File(dir, e.getKey() + ".model").getPath(), c);
      try (PrintWriter w = new PrintWriter(new File(dir, e.getKey() + ".predictions"), StandardCharsets.UTF_8)) {
        w.println("# " + e.getValue());
        for (String line : distributions(c, data)) {
          w.println(line);
        }
      }
      System.out.println("wrote " + e.getKey());
    }
  }
}
