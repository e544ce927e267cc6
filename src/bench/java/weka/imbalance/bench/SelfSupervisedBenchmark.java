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

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.ContrastiveRepresentation;
import weka.imbalance.ShotGroups;

/**
 * The tutorial's self-supervised table on Fashion-MNIST (issue 17): contrastive pre-training of an
 * MLP encoder on a long-tailed set D_i (rho = 100, exponential profile) and on a balanced set D_b of
 * the same size, then a linear probe ({@link LinearProbe}, the authors' linear evaluation) trained on a balanced labelled set of
 * {@code --probe} instances per class (disjoint from both) or, with {@code --probe all}, on every
 * training image (6,000 per class, D_i's and D_b's among them: the papers' linear evaluation on the
 * full balanced training set), and tested on the whole balanced test set;
 * accuracy per group of classes by their D_i training counts ({@link ShotGroups} with its thresholds
 * set between the 3rd and 4th and the 7th and 8th largest counts: 3 many, 4 medium, 3 few classes,
 * as the tutorial's thirds; which class gets which rank of the long tail is drawn per seed). SimCLR on D_b and D_i, SDCLR, BCL and GH on D_i, over the given seeds
 * (each seed draws its own D_i, D_b and probe set and initialises its own encoders).
 *
 * <p>Usage: {@code bench/run SelfSupervisedBenchmark [--epochs 30] [--nmax 2000] [--seeds 1,2,3]
 * [--hidden 256] [--head 256,64] [--batch 256] [--probe 100|all] [--test 1000] [--threads 1] [--methods all]
 * [--method-options "-warmup 0.25"] [--out doc/benchmarks/self-supervised.md]}; {@code --method-options} are
 * given to each selected remedy (not to SimCLR), and its rows are named with them. Two references
 * without pre-training run only when named in {@code --methods}: {@code Pixels} (the probe on the
 * pixels, each standardised over the probe set) and {@code Untrained_encoder} (the encoder as
 * initialised, its inputs standardised over D_i), to show how much of the probe's accuracy the
 * pre-training brings. Each result is printed as it comes; the table is
 * written into the block {@code ssl-accuracy} of the page.
 */
public final class SelfSupervisedBenchmark {

  private static String LOAD_AT_START = "";

  private SelfSupervisedBenchmark() {
  }

  /** One pre-training configuration, or one of the two references without pre-training. */
  private static final class Config {
    final String name;
    final boolean balanced;
    final String method;
    /** The reference kind: 0 pre-trained, {@link #PIXELS} or {@link #UNTRAINED}. */
    final int reference;

    Config(String name, boolean balanced, String method) {
      this(name, balanced, method, 0);
    }

    Config(String name, boolean balanced, String method, int reference) {
      this.name = name;
      this.balanced = balanced;
      this.method = method;
      this.reference = reference;
    }
  }

  /** Reference: the probe on the pixels themselves, each standardised over the probe set. */
  private static final int PIXELS = 1;
  /** Reference: the encoder as initialised (one epoch at a learning rate of 1e-30, on D_i). */
  private static final int UNTRAINED = 2;

  public static void main(String[] args) throws Exception {
    LOAD_AT_START = MachineLoad.loadavg();
    BenchArgs a = new BenchArgs(args, "--epochs", "--nmax", "--seeds", "--hidden", "--head", "--batch", "--probe",
      "--threads", "--methods", "--out", "--extra", "--test", "--method-options");
    int epochs = a.getInt("--epochs", 30);
    int nMax = a.getInt("--nmax", 2000);
    int[] seeds = a.getInts("--seeds", new int[] { 1, 2, 3 });
    String probeArg = a.get("--probe", "100");
    boolean probeAll = probeArg.equals("all");
    int probe;
    try {
      probe = probeAll ? 0 : Integer.parseInt(probeArg);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--probe " + probeArg + ": a number of images per class, or all");
    }
    if (!probeAll && probe < 1) {
      throw new IllegalArgumentException("--probe " + probeArg + ": at least 1 image per class, or all");
    }
    String out = a.get("--out", "doc/benchmarks/self-supervised.md");
    String common = "-hidden " + a.get("--hidden", "256") + " -head " + a.get("--head", "256,64") + " -batch "
      + a.get("--batch", "256") + " -epochs " + epochs + " -num-threads " + a.get("--threads", "1")
      + " -image 28x28 -mask 0.1 -noise 0.1 " + a.get("--extra", "");
    List<Config> all = Arrays.asList(new Config("SimCLR on D_b", true, "SimCLR"), new Config("SimCLR on D_i", false,
      "SimCLR"), new Config("SDCLR on D_i", false, "SDCLR"), new Config("BCL on D_i", false, "BCL"), new Config(
        "GH on D_i", false, "GH"));
    String methods = a.get("--methods", "all");
    // a setting other than the method's defaults, e.g. "-warmup 0.25" for GH: the row's name carries it
    String methodOptions = a.get("--method-options", "").trim();
    List<Config> configs = new ArrayList<>();
    for (Config c : all) {
      if (methods.equals("all") || Arrays.asList(methods.split(",")).contains(c.name.replace(" ", "_"))) {
        configs.add(methodOptions.isEmpty() || c.method.equals("SimCLR") ? c : new Config(c.method + " ("
          + methodOptions + ")" + c.name.substring(c.method.length()), c.balanced, c.method + " " + methodOptions));
      }
    }
    // the references, only when named: how much of the probe's accuracy the pre-training brings
    List<Config> references = Arrays.asList(new Config("Pixels (no encoder)", false, "", PIXELS), new Config(
      "Untrained encoder on D_i", false, "SimCLR", UNTRAINED));
    for (Config c : references) {
      String key = c.reference == PIXELS ? "Pixels" : "Untrained_encoder";
      if (Arrays.asList(methods.split(",")).contains(key)) {
        configs.add(c);
      }
    }
    Instances train = LongTailData.load("fashion-mnist-train.arff.gz");
    Instances test = LongTailData.load("fashion-mnist-test.arff.gz");
    int testPerClass = a.getInt("--test", 1000);
    if (testPerClass < 1000) {
      List<List<Integer>> t = LongTailData.byClass(test, new Random(0));
      Instances sub = new Instances(test, 0);
      for (List<Integer> l : t) {
        for (int j = 0; j < testPerClass; j++) {
          sub.add(test.instance(l.get(j)));
        }
      }
      test = sub;
    }
    System.err.println("progress: data loaded");
    int c = train.numClasses();
    // rows: config; columns: many, medium, few, all; one value per seed
    double[][][] acc = new double[configs.size()][4][seeds.length];
    int[] countsDi = null;
    int sizeDi = 0;
    for (int s = 0; s < seeds.length; s++) {
      List<List<Integer>> idx = LongTailData.byClass(train, new Random(seeds[s]));
      Instances di = new Instances(train, 0);
      Instances db = new Instances(train, 0);
      Instances pr = new Instances(train, 0);
      // which class is the head and which the tail is drawn per seed: Fashion-MNIST's last labels
      // (sneaker, bag, ankle boot) are its easiest classes, and a fixed order would make them the tail
      int[] rank = new int[c];
      for (int k = 0; k < c; k++) {
        rank[k] = k;
      }
      Random perm = new Random(1000 + seeds[s]);
      for (int k = c - 1; k > 0; k--) {
        int j = perm.nextInt(k + 1);
        int t = rank[k];
        rank[k] = rank[j];
        rank[j] = t;
      }
      int[] counts = new int[c];
      for (int k = 0; k < c; k++) {
        counts[k] = LongTailData.classSize(nMax, 100, rank[k], c);
      }
      int total = Arrays.stream(counts).sum();
      for (int k = 0; k < c; k++) {
        List<Integer> l = idx.get(k);
        if (Math.max(counts[k], total / c) > l.size() - probe) {
          throw new IllegalArgumentException("--nmax " + nMax + " and --probe " + probe + " need " + (Math.max(
            counts[k], total / c) + probe) + " training images of class " + k + ", it has " + l.size()
            + " (the probe set is kept out of D_i and D_b)");
        }
        for (int j = 0; j < counts[k]; j++) {
          di.add(train.instance(l.get(j)));
        }
        for (int j = 0; j < total / c; j++) {
          db.add(train.instance(l.get(j)));
        }
        for (int j = probeAll ? 0 : l.size() - probe; j < l.size(); j++) {
          pr.add(train.instance(l.get(j)));
        }
      }
      countsDi = counts;
      sizeDi = total;
      int[] sorted = counts.clone();
      Arrays.sort(sorted);
      // many: the 3 largest counts; few: the 3 smallest
      ShotGroups groups = new ShotGroups((sorted[c - 3] + sorted[c - 4]) / 2.0, (sorted[2] + sorted[3]) / 2.0);
      for (int i = 0; i < configs.size(); i++) {
        Config cf = configs.get(i);
        long t0 = System.nanoTime();
        long t1;
        Instances prRep;
        Instances teRep;
        if (cf.reference == PIXELS) {
          t1 = t0;
          Instances[] both = standardisedOver(pr, test);
          prRep = both[0];
          teRep = both[1];
        } else {
          ContrastiveRepresentation f = new ContrastiveRepresentation();
          String options = cf.reference == UNTRAINED ? common.replace("-epochs " + epochs + " ", "-epochs 1 ")
            + " -L 1e-30" : common;
          f.setOptions(Utils.splitOptions(options + " -S " + seeds[s] + " -method \"" + cf.method + "\""));
          Instances pre = cf.balanced ? db : di;
          f.setInputFormat(pre);
          Filter.useFilter(pre, f);
          t1 = System.nanoTime();
          prRep = Filter.useFilter(pr, f);
          teRep = Filter.useFilter(test, f);
        }
        long t2 = System.nanoTime();
        double[] right = LinearProbe.perClassRight(prRep, teRep, seeds[s]);
        double[] n = new double[c];
        for (int t = 0; t < teRep.numInstances(); t++) {
          n[(int) teRep.instance(t).classValue()]++;
        }
        System.err.printf(Locale.ROOT, "progress: pre-training %.0f s, transform %.0f s, probe %.0f s%n", (t1 - t0)
          / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
        double[] sum = new double[4];
        int[] cnt = new int[4];
        for (int k = 0; k < c; k++) {
          int g = groups.groupOf(counts[k]);
          sum[g] += right[k] / n[k];
          cnt[g]++;
          sum[3] += right[k] / n[k];
          cnt[3]++;
        }
        for (int g = 0; g < 4; g++) {
          acc[i][g][s] = 100 * sum[g] / cnt[g];
        }
        System.out.printf(Locale.ROOT, "seed %d\t%s\tmany %.2f\tmedium %.2f\tfew %.2f\tall %.2f%n", seeds[s], cf.name,
          acc[i][0][s], acc[i][1][s], acc[i][2][s], acc[i][3][s]);
      }
    }
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Fashion-MNIST, D_i: %d images, class counts %s by rank (rho = 100, exponential; the class of each rank drawn per seed); "
      + "D_b: %d per class; linear probe: softmax regression as the GH code's eval_sgd (Adam 0.01 to 1e-6, 500 epochs) on %s, tested on %d test images (balanced). "
      + "Seeds %s; filter options `%s`. Mean (sd) over the seeds, %% accuracy, classes grouped by their D_i count "
      + "(many: 3 largest, medium: 4, few: 3 smallest).%n%n", sizeDi, Arrays.toString(sortedDesc(countsDi)), sizeDi / c, probeAll
        ? "every training image (" + train.numInstances() + ", balanced; D_i and D_b among them, as the papers' full-shot evaluation)"
        : probe + " per class (disjoint)", test.numInstances(), Arrays.toString(seeds), common.trim()));
    md.append("| pre-training | many | medium | few | all |\n|---|---:|---:|---:|---:|\n");
    for (int i = 0; i < configs.size(); i++) {
      md.append("| ").append(configs.get(i).name);
      for (int g = 0; g < 4; g++) {
        md.append(" | ").append(meanSd(acc[i][g]));
      }
      md.append(" |\n");
    }
    md.append("\n").append(pairedDifferences(configs, acc)).append("\n");
    md.append(MachineLoad.accuracyOnly(LOAD_AT_START)).append("\n");
    System.out.print(md);
    MarkdownBlock.write(new File(out), "ssl-accuracy", md.toString());
  }

  /**
   * D_b - D_i (SimCLR) and each remedy - SimCLR on D_i, few-shot and all classes: the per-seed
   * differences and their mean, in percentage points, for the configurations that were run.
   */
  private static String pairedDifferences(List<Config> configs, double[][][] acc) {
    int di = -1;
    int db = -1;
    for (int i = 0; i < configs.size(); i++) {
      if (configs.get(i).method.equals("SimCLR") && configs.get(i).reference == 0) {
        if (configs.get(i).balanced) {
          db = i;
        } else {
          di = i;
        }
      }
    }
    if (di < 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder("Paired differences (per seed, then their mean), percentage points:\n\n"
      + "| | few | all |\n|---|---:|---:|\n");
    for (int i = 0; i < configs.size(); i++) {
      if (i == di) {
        continue;
      }
      int a = i == db ? db : i;
      String name = i == db ? "D_b - D_i (SimCLR)" : configs.get(i).name.replace(" on D_i", "") + " - SimCLR on D_i";
      sb.append("| ").append(name);
      for (int g : new int[] { 2, 3 }) {
        double[] d = new double[acc[a][g].length];
        StringBuilder per = new StringBuilder();
        for (int s = 0; s < d.length; s++) {
          d[s] = acc[a][g][s] - acc[di][g][s];
          per.append(s == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%+.2f", d[s]));
        }
        sb.append(String.format(Locale.ROOT, " | %+.2f (%s)", Arrays.stream(d).average().orElse(Double.NaN), per));
      }
      sb.append(" |\n");
    }
    return sb.toString();
  }

  /**
   * @return copies of the probe set and the test set with every attribute but the class standardised
   *   by its mean and standard deviation over the probe set (an attribute constant there: centred only)
   */
  private static Instances[] standardisedOver(Instances probe, Instances test) {
    int d = probe.numAttributes();
    int cls = probe.classIndex();
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (int a = 0; a < d; a++) {
      if (a != cls) {
        mean[a] = probe.meanOrMode(a);
        double v = probe.variance(a);
        sd[a] = v > 0 ? Math.sqrt(v) : 1;
      }
    }
    Instances[] out = { new Instances(probe), new Instances(test) };
    for (Instances data : out) {
      for (int i = 0; i < data.numInstances(); i++) {
        for (int a = 0; a < d; a++) {
          if (a != cls) {
            data.instance(i).setValue(a, (data.instance(i).value(a) - mean[a]) / sd[a]);
          }
        }
      }
    }
    return out;
  }

  private static int[] sortedDesc(int[] v) {
    int[] s = v.clone();
    Arrays.sort(s);
    for (int i = 0; i < s.length / 2; i++) {
      int t = s[i];
      s[i] = s[s.length - 1 - i];
      s[s.length - 1 - i] = t;
    }
    return s;
  }

  private static String meanSd(double[] v) {
    double m = Arrays.stream(v).average().orElse(Double.NaN);
    double ss = 0;
    for (double x : v) {
      ss += (x - m) * (x - m);
    }
    double sd = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0;
    return String.format(Locale.ROOT, "%.1f (%.1f)", m, sd);
  }
}
