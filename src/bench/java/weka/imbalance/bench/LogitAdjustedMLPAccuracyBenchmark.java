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
package weka.imbalance.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import weka.classifiers.functions.LogitAdjustedMLP;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Balanced accuracy of the long-tail settings of LogitAdjustedMLP on a long-tailed training set
 * and a balanced test set, several seeds, same architecture and budget for all.
 *
 * <p>Usage: {@code bench/run LogitAdjustedMLPAccuracyBenchmark <fmnist|fmnist-val|letter|satimage> <epochs>
 * <seeds> [setting,setting,...] [-no-presets] [-- extra classifier options]}. {@code fmnist-val} is for choosing a
 * budget without the test set: a long-tailed training set with n_max = 5700 (rho = 100) from
 * Fashion-MNIST's training images and a balanced validation set of 300 other training images per
 * class.
 */
public class LogitAdjustedMLPAccuracyBenchmark {

  /**
   * The settings: name -> classifier options. Each method runs under its own paper's training
   * preset (optimiser, warm-up, decay, loss normalisation as the authors' code): the baselines
   * reported by the LDAM-DRW paper (ERM, class-balanced, focal) and VS under the LDAM-DRW code's,
   * the logit-adjustment paper's methods and its ERM baseline (CE-LA) under its own, Algorithm 1
   * under the DDC code's. LA-ours is the logit-adjusted loss under the classifier's own default
   * schedule (no preset), for choosing the default.
   */
  static Map<String, String> settings() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("CE", "-preset ldam-drw -loss CrossEntropyLoss");
    m.put("CB", "-preset ldam-drw -loss CrossEntropyLoss -weighting \"EffectiveNumberWeighting -beta 0.9999\"");
    m.put("focal", "-preset ldam-drw -loss \"FocalLoss -gamma 1.0\"");
    m.put("LDAM-DRW", "-preset ldam-drw -cosine -loss \"LDAMLoss -max-margin 0.5 -scale 30\" "
      + "-weighting \"EffectiveNumberWeighting -beta 0.9999 -start 0.8\"");
    m.put("CE-LA", "-preset logit-adjustment -loss CrossEntropyLoss");
    m.put("LA", "-preset logit-adjustment -loss \"LogitAdjustedLoss -tau 1.0\"");
    m.put("posthoc", "-preset logit-adjustment -loss CrossEntropyLoss -posthoc-tau 1.0");
    m.put("VS", "-preset ldam-drw -loss \"VSLoss -gamma 0.3 -tau 1.0\"");
    m.put("Alg1", "-preset wang2023 -loss \"VSLoss -gamma 0.1 -tau 1.0 -drop-at 0.8\" "
      + "-weighting \"InverseFrequencyWeighting -nu 0.25 -start 0.8\"");
    m.put("LA-ours", "-preset none -loss \"LogitAdjustedLoss -tau 1.0\"");
    return m;
  }

  /**
   * @param name data set key
   * @return {train, test}
   * @throws Exception if the data cannot be read
   */
  static Instances[] data(String name) throws Exception {
    switch (name) {
    case "fmnist":
      Instances train = LongTailData.load("fashion-mnist-train.arff.gz");
      Instances test = LongTailData.load("fashion-mnist-test.arff.gz");
      return new Instances[] { LongTailData.longTail(train, 6000, 100, 42), test };
    case "fmnist-val":
      // for choosing a budget: Fashion-MNIST's training images only, the test set untouched
      return LongTailData.longTailWithValidation(LongTailData.load("fashion-mnist-train.arff.gz"), 5700, 100, 300,
        42);
    case "letter":
      return LongTailData.longTailSplit(LongTailData.load("letter.arff"), 200, 100, 42);
    case "satimage":
      return LongTailData.longTailSplit(LongTailData.load("satimage.arff"), 150, 100, 42);
    default:
      throw new IllegalArgumentException("unknown data set " + name);
    }
  }

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    String name = args[0];
    int epochs = Integer.parseInt(args[1]);
    int seeds = Integer.parseInt(args[2]);
    List<String> argList = new ArrayList<>(java.util.Arrays.asList(args));
    // -no-presets: every setting under our own schedule (-preset none), as the tables before the presets
    boolean noPresets = argList.remove("-no-presets");
    args = argList.toArray(new String[0]);
    List<String> chosen = new ArrayList<>(settings().keySet());
    int extraAt = java.util.Arrays.asList(args).indexOf("--");
    if (args.length > 3 && !args[3].equals("--")) {
      chosen = java.util.Arrays.asList(args[3].split(","));
    }
    String extra = extraAt < 0 ? "" : String.join(" ", java.util.Arrays.copyOfRange(args, extraAt + 1, args.length));
    Instances[] d = data(name);
    int[] counts = LongTailData.counts(d[0]);
    System.out.println("# " + name + (noPresets ? " (no presets)" : "") + ": training counts "
      + java.util.Arrays.toString(counts) + ", test "
      + java.util.Arrays.toString(LongTailData.counts(d[1])) + ", epochs " + epochs + ", extra options '" + extra
      + "'");
    System.out.println("| setting | balanced acc. (mean ± sd) | per seed | many | medium | few | s/run |");
    System.out.println("|---|---|---|---|---|---|---|");
    int[] actual = new int[d[1].numInstances()];
    for (int i = 0; i < actual.length; i++) {
      actual[i] = (int) d[1].instance(i).classValue();
    }
    for (String s : chosen) {
      double[] ba = new double[seeds];
      double[][] groups = new double[3][seeds];
      double secs = 0;
      for (int seed = 1; seed <= seeds; seed++) {
        LogitAdjustedMLP mlp = new LogitAdjustedMLP();
        String setting = noPresets ? settings().get(s).replaceAll("-preset \\S+", "-preset none") : settings().get(s);
        mlp.setOptions(Utils.splitOptions(setting + " -N " + epochs + " -S " + seed + " " + extra));
        long t = System.nanoTime();
        try {
          mlp.buildClassifier(d[0]);
        } catch (IllegalStateException e) {
          // a setting that diverges is a result of the table, not the end of the run
          secs += (System.nanoTime() - t) / 1e9;
          ba[seed - 1] = Double.NaN;
          for (double[] g : groups) {
            g[seed - 1] = Double.NaN;
          }
          System.out.println("# " + s + ", seed " + seed + ": " + e.getMessage());
          continue;
        }
        secs += (System.nanoTime() - t) / 1e9;
        double[][] dist = mlp.distributionsForInstances(d[1]);
        int[] pred = new int[dist.length];
        for (int i = 0; i < pred.length; i++) {
          pred[i] = Utils.maxIndex(dist[i]);
        }
        BalancedScores sc = new BalancedScores(actual, pred, counts);
        ba[seed - 1] = sc.balanced;
        groups[0][seed - 1] = sc.many;
        groups[1][seed - 1] = sc.medium;
        groups[2][seed - 1] = sc.few;
      }
      StringBuilder per = new StringBuilder();
      for (double b : ba) {
        per.append(String.format("%.4f ", b));
      }
      System.out.printf("| %s | %.4f ± %.4f | %s| %.4f | %.4f | %.4f | %.1f |%n", s, Utils.mean(ba),
        Math.sqrt(Utils.variance(ba)), per, Utils.mean(groups[0]), Utils.mean(groups[1]), Utils.mean(groups[2]),
        secs / seeds);
    }
  }
}
