package weka.filters.supervised.instance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;
import weka.imbalance.testing.PythonReference;

/**
 * The deterministic rules (Tomek links, ENN, repeated ENN, All-kNN, NCR, NearMiss 1-3) keep exactly
 * the instances imbalanced-learn keeps, on four data sets (two and three Gaussian classes, an integer
 * grid whose distances tie, and the bundled ecoli with 8 classes, two of them of 2 instances), with
 * imbalanced-learn's raw distances (-scaling none). The reference is
 * src/test/python/imblearn_cleaning_reference.py; its docstring says how ties and NCR's size rule are
 * made comparable. Always against the committed output, and against a live run when Debian's
 * python3-imblearn is installed (under CI a live run that cannot be made fails).
 */
public class CleaningRulesVsImblearnTest {

  static final String DIR = "src/test/resources/weka/imbalance";
  static final File REFERENCE = new File(DIR, "imblearn-cleaning-reference.txt");
  static final String SCRIPT = "src/test/python/imblearn_cleaning_reference.py";
  static final String[] SETS = {"blobs2", "blobs3", "grid3", "ecoli"};

  /** Our filter for each of the script's methods. */
  static final Map<String, String> FILTERS = new HashMap<>();
  static {
    FILTERS.put("tomek", "TomekLinks");
    FILTERS.put("tomek-all", "TomekLinks -classes all");
    FILTERS.put("enn", "EditedNearestNeighbours");
    FILTERS.put("enn-mode", "EditedNearestNeighbours -kind mode");
    FILTERS.put("enn-all", "EditedNearestNeighbours -classes all");
    FILTERS.put("enn-5", "EditedNearestNeighbours -K 5");
    FILTERS.put("renn", "RepeatedEditedNearestNeighbours");
    FILTERS.put("renn-mode", "RepeatedEditedNearestNeighbours -kind mode");
    FILTERS.put("allknn", "AllKNN");
    FILTERS.put("allknn-allow", "AllKNN -allow-minority");
    FILTERS.put("ncr", "NeighbourhoodCleaningRule");
    FILTERS.put("nearmiss1", "NearMiss -version 1");
    FILTERS.put("nearmiss2", "NearMiss -version 2");
    FILTERS.put("nearmiss3", "NearMiss -version 3");
  }

  /** A data set of the script; each instance's weight is its row number + 1, which identifies it after filtering. */
  static Instances load(String name) throws Exception {
    List<double[]> rows = new ArrayList<>();
    for (String l : Files.readAllLines(new File(DIR, "imblearn-cleaning-" + name + ".csv").toPath(),
      StandardCharsets.UTF_8)) {
      if (!l.isEmpty() && !l.startsWith("#")) {
        rows.add(Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray());
      }
    }
    int d = rows.get(0).length - 1;
    int classes = 0;
    for (double[] r : rows) {
      classes = Math.max(classes, (int) r[d] + 1);
    }
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int a = 0; a < d; a++) {
      atts.add(new Attribute("x" + a));
    }
    List<String> labels = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      labels.add("" + c);
    }
    atts.add(new Attribute("class", labels));
    Instances data = new Instances(name, atts, rows.size());
    data.setClassIndex(d);
    for (int i = 0; i < rows.size(); i++) {
      data.add(new DenseInstance(i + 1, rows.get(i)));
    }
    return data;
  }

  /** The rows our filter keeps, read back from the weights. */
  static TreeSet<Integer> ours(Instances data, String method) throws Exception {
    String[] spec = Utils.splitOptions(FILTERS.get(method));
    Filter f = (Filter) Class.forName("weka.filters.supervised.instance." + spec[0]).getDeclaredConstructor()
      .newInstance();
    spec[0] = "";
    String[] options = Arrays.copyOf(spec, spec.length + 2);
    options[spec.length] = "-scaling";
    options[spec.length + 1] = "none";
    ((weka.core.OptionHandler) f).setOptions(options);
    f.setInputFormat(data);
    Instances out = Filter.useFilter(data, f);
    TreeSet<Integer> kept = new TreeSet<>();
    for (int i = 0; i < out.numInstances(); i++) {
      int row = (int) out.instance(i).weight() - 1;
      assertEquals(method + ": instance kept with its values", data.instance(row).toString(),
        out.instance(i).toString());
      kept.add(row);
    }
    assertEquals(method + ": an instance kept twice", out.numInstances(), kept.size());
    return kept;
  }

  /** Compares every line of a reference output with our filters; all differences in one message. */
  static void compare(String what, List<String> lines) throws Exception {
    Map<String, Instances> data = new HashMap<>();
    for (String s : SETS) {
      data.put(s, load(s));
    }
    StringBuilder diff = new StringBuilder();
    int compared = 0;
    for (String l : lines) {
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] p = l.split(" ");
      TreeSet<Integer> theirs = new TreeSet<>();
      for (int i = 2; i < p.length; i++) {
        theirs.add(Integer.parseInt(p[i]));
      }
      TreeSet<Integer> ours = ours(data.get(p[0]), p[1]);
      compared++;
      if (!ours.equals(theirs)) {
        TreeSet<Integer> onlyOurs = new TreeSet<>(ours);
        onlyOurs.removeAll(theirs);
        TreeSet<Integer> onlyTheirs = new TreeSet<>(theirs);
        onlyTheirs.removeAll(ours);
        diff.append(p[0]).append(' ').append(p[1]).append(": kept only by us ").append(onlyOurs)
          .append(", only by imbalanced-learn ").append(onlyTheirs).append('\n');
      }
    }
    assertEquals(what + ": every data set and method compared", SETS.length * FILTERS.size(), compared);
    assertTrue(what + ":\n" + diff, diff.length() == 0);
  }

  @Test
  public void keepsWhatTheCommittedImbalancedLearnOutputKeeps() throws Exception {
    compare("committed reference", Files.readAllLines(REFERENCE.toPath(), StandardCharsets.UTF_8));
  }

  @Test
  public void keepsWhatALiveImbalancedLearnRunKeeps() throws Exception {
    compare("live run", PythonReference.lines("apt-get install python3-imblearn", 300, SCRIPT, DIR));
  }
}
