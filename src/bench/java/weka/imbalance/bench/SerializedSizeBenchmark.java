package weka.imbalance.bench;

import java.io.ByteArrayOutputStream;
import java.io.FileWriter;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;

import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.OptionHandler;
import weka.core.Utils;
import weka.filters.Filter;

/**
 * Serialized size (bytes, not time): every component of {@link ScaleBenchmark} (not its J48 anchor) built on 10,000 and
 * on 1,000,000 instances of the same data (10 numeric attributes, binary class, 10 % minority), then
 * written with Java serialization, as the Explorer's "Save model" does (a filter after its first
 * batch, as FilteredClassifier and the Knowledge Flow keep it). A model whose size grows with the
 * training set beyond what its method needs keeps the data, or something proportional to it.
 * ClassBalancedReweighting runs on NaiveBayes so that the size is the wrapper's, not a growing tree's.
 *
 * <pre>
 * bench/run SerializedSizeBenchmark [sizes, e.g. 10000,1000000] [output file, default target/serialized-size.md]
 * </pre>
 */
public class SerializedSizeBenchmark {

  static long bytes(Object o) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(b)) {
      out.writeObject(o);
    }
    return b.size();
  }

  public static void main(String[] args) throws Exception {
    int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "10000,1000000").split(",")).mapToInt(Integer::parseInt)
      .toArray();
    String file = args.length > 1 ? args[1] : "target/serialized-size.md";
    try (PrintWriter out = new PrintWriter(new FileWriter(file), true)) {
      out.println("Command: `bench/run SerializedSizeBenchmark " + (args.length > 0 ? args[0] : "10000,1000000")
        + "`; serialized bytes of the built component per training-set size\n");
      StringBuilder head = new StringBuilder("| component |");
      StringBuilder rule = new StringBuilder("|---|");
      for (int n : sizes) {
        head.append(" bytes at ").append(n).append(" |");
        rule.append("---:|");
      }
      out.println(head);
      out.println(rule);
      Instances[] data = new Instances[sizes.length];
      for (int s = 0; s < sizes.length; s++) {
        data[s] = ScaleBenchmark.data(sizes[s], 1);
      }
      for (Map.Entry<String, String> e : ScaleBenchmark.RUNS.entrySet()) {
        if (!e.getKey().startsWith("weka.classifiers.meta") && !e.getKey().startsWith("weka.classifiers.functions")
          && !e.getKey().startsWith("weka.filters")) {
          continue; // ScaleBenchmark's anchor (J48) is Weka's, not ours
        }
        String options = e.getKey().endsWith("ClassBalancedReweighting") ? "-W weka.classifiers.bayes.NaiveBayes"
          : e.getValue();
        StringBuilder row = new StringBuilder("| " + e.getKey().substring(e.getKey().lastIndexOf('.') + 1) + " "
          + options + " |");
        for (Instances d : data) {
          Object o = Class.forName(e.getKey()).getDeclaredConstructor().newInstance();
          if (!options.isEmpty()) {
            ((OptionHandler) o).setOptions(Utils.splitOptions(options));
          }
          if (o instanceof Filter) {
            ((Filter) o).setInputFormat(d);
            Filter.useFilter(d, (Filter) o);
          } else {
            ((Classifier) o).buildClassifier(d);
          }
          row.append(' ').append(bytes(o)).append(" |");
          System.err.println(row);
        }
        out.println(row);
      }
    }
  }
}
