package weka.filters.supervised.instance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;

/**
 * What the randomised rules (CNN, one-sided selection) promise, checked with a brute-force 1-NN
 * written here; Tomek links on a hand-computed example; options refused when set.
 */
public class CleaningRulesPropertiesTest {

  /** The rows (0-based, from the weights set by the loader) that a filter keeps. */
  static TreeSet<Integer> kept(Filter f, Instances data) throws Exception {
    f.setInputFormat(data);
    Instances out = Filter.useFilter(data, f);
    TreeSet<Integer> k = new TreeSet<>();
    for (Instance i : out) {
      k.add((int) i.weight() - 1);
    }
    return k;
  }

  static double distance(Instances d, int i, int j) {
    double s = 0;
    for (int a = 0; a < d.numAttributes(); a++) {
      if (a != d.classIndex()) {
        double t = d.instance(i).value(a) - d.instance(j).value(a);
        s += t * t;
      }
    }
    return s;
  }

  /** The class of the nearest of the given rows to row i (ties: the smaller row index). */
  static int nearestClass(Instances d, int i, List<Integer> store) {
    int best = -1;
    for (int j : store) {
      if (j != i && (best < 0 || distance(d, i, j) < distance(d, i, best)
        || distance(d, i, j) == distance(d, i, best) && j < best)) {
        best = j;
      }
    }
    return (int) d.instance(best).classValue();
  }

  static List<Integer> ofClass(Instances d, int c, java.util.Collection<Integer> rows) {
    List<Integer> r = new ArrayList<>();
    for (int i : rows) {
      if ((int) d.instance(i).classValue() == c) {
        r.add(i);
      }
    }
    return r;
  }

  static List<Integer> all(Instances d) {
    List<Integer> r = new ArrayList<>();
    for (int i = 0; i < d.numInstances(); i++) {
      r.add(i);
    }
    return r;
  }

  @Test
  public void condensedNearestNeighbourKeepsAConsistentSubset() throws Exception {
    for (String set : new String[] {"blobs3", "ecoli"}) {
      Instances d = CleaningRulesVsImblearnTest.load(set);
      int minority = set.equals("ecoli") ? 7 : 2; // ecoli: imS (2 instances) occurs before imL (2 instances)
      for (int seed : new int[] {1, 2}) {
        CondensedNearestNeighbour f = new CondensedNearestNeighbour();
        f.setOptions(new String[] {"-scaling", "none", "-S", "" + seed});
        TreeSet<Integer> k = kept(f, d);
        assertEquals(set + ": the minority is kept", ofClass(d, minority, all(d)), ofClass(d, minority, k));
        int removed = 0;
        for (int c = 0; c < d.numClasses(); c++) {
          if (c == minority) {
            continue;
          }
          List<Integer> store = ofClass(d, minority, all(d));
          store.addAll(ofClass(d, c, k));
          for (int i : ofClass(d, c, all(d))) {
            if (!k.contains(i)) {
              removed++;
              assertEquals(set + " seed " + seed + ": removed row " + i + " is misclassified by 1-NN on the store", c,
                nearestClass(d, i, store));
            }
          }
        }
        assertTrue(set + ": CNN removes most instances here, removed " + removed, removed > d.numInstances() / 3);
      }
    }
  }

  @Test
  public void oneSidedSelectionKeepsASeedAndWhatItMisclassifiesLessTomekLinks() throws Exception {
    Instances d = CleaningRulesVsImblearnTest.load("blobs3");
    OneSidedSelection f = new OneSidedSelection();
    f.setOptions(new String[] {"-scaling", "none"});
    TreeSet<Integer> k = kept(f, d);
    assertEquals("the minority is kept", ofClass(d, 2, all(d)), ofClass(d, 2, k));
    for (int c = 0; c < 2; c++) {
      List<Integer> keptC = ofClass(d, c, k);
      boolean seedFound = false;
      for (int s : keptC) {
        List<Integer> store = ofClass(d, 2, all(d));
        store.add(s);
        boolean allMisclassified = true;
        for (int i : keptC) {
          allMisclassified &= i == s || nearestClass(d, i, store) != c;
        }
        seedFound |= allMisclassified;
      }
      assertTrue("class " + c + ": the kept instances are one seed and instances 1-NN on the minority plus the seed "
        + "misclassifies", seedFound);
      assertTrue("class " + c + " lost instances", keptC.size() < ofClass(d, c, all(d)).size());
    }
  }

  /** x = 0, 1, 1.4, 3, 10, 10.5 with classes A A B A B A: the links are (1, 1.4) and (10, 10.5). */
  static Instances tomekExample() {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("class", Arrays.asList("A", "B")));
    Instances d = new Instances("tomek", atts, 6);
    d.setClassIndex(1);
    double[] x = {0, 1, 1.4, 3, 10, 10.5};
    int[] y = {0, 0, 1, 0, 1, 0};
    for (int i = 0; i < x.length; i++) {
      d.add(new DenseInstance(i + 1, new double[] {x[i], y[i]}));
    }
    return d;
  }

  @Test
  public void tomekLinksOnAHandComputedExample() throws Exception {
    TomekLinks f = new TomekLinks();
    f.setOptions(new String[] {"-scaling", "none"});
    assertEquals("the majority members of both links go", new TreeSet<>(Arrays.asList(0, 2, 3, 4)),
      kept(f, tomekExample()));
    f = new TomekLinks();
    f.setOptions(new String[] {"-classes", "all"});
    assertEquals("-classes all: both members go (range scaling keeps the neighbours)",
      new TreeSet<>(Arrays.asList(0, 3)), kept(f, tomekExample()));
  }

  @Test
  public void badOptionsAreRefusedWhenSet() throws Exception {
    String[][] bad = {{"EditedNearestNeighbours", "-K", "0"}, {"NearMiss", "-version", "4"},
      {"NeighbourhoodCleaningRule", "-threshold", "-1"}, {"RepeatedEditedNearestNeighbours", "-max-iterations", "0"},
      {"TomekLinks", "-classes", "minority"}, {"EditedNearestNeighbours", "-kind", "any"}};
    for (String[] b : bad) {
      Filter f = (Filter) Class.forName("weka.filters.supervised.instance." + b[0]).getDeclaredConstructor()
        .newInstance();
      try {
        ((weka.core.OptionHandler) f).setOptions(new String[] {b[1], b[2]});
        fail(b[0] + " accepted " + b[1] + " " + b[2]);
      } catch (IllegalArgumentException e) {
        assertTrue(b[0] + ": " + e.getMessage(), e.getMessage().contains(b[1]) && e.getMessage().contains(b[2]));
      }
    }
  }
}
