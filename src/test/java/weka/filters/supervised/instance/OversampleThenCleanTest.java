package weka.filters.supervised.instance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import weka.core.Instances;
import weka.filters.Filter;
import weka.imbalance.resampling.cleaning.OversampleThenClean;
import weka.imbalance.testing.PythonReference;

/**
 * SMOTE + ENN and SMOTE + Tomek: the output is SMOTE's output with the cleaning rule applied to it,
 * the rule being imbalanced-learn's default (every class may lose instances); the cleaning step keeps
 * exactly what imbalanced-learn's ENN / TomekLinks keep on that same over-sampled data (a live run;
 * the rules themselves are checked on fixed data by {@link CleaningRulesVsImblearnTest}).
 */
public class OversampleThenCleanTest {

  static final String ENN = "EditedNearestNeighbours -classes all -scaling none";
  static final String TOMEK = "TomekLinks -classes all -scaling none";

  static Instances smote(Instances data, int seed) throws Exception {
    SMOTEWithUndersampling s = (SMOTEWithUndersampling) OversampleThenClean.defaultOversampler();
    s.setSeed(seed);
    s.setInputFormat(data);
    return Filter.useFilter(data, s);
  }

  static Instances combined(String filter, String cleaning, Instances data, int seed) throws Exception {
    Filter f = (Filter) Class.forName("weka.filters.supervised.instance." + filter).getDeclaredConstructor()
      .newInstance();
    ((weka.core.OptionHandler) f).setOptions(new String[] {"-cleaning", cleaning, "-S", "" + seed});
    f.setInputFormat(data);
    return Filter.useFilter(data, f);
  }

  /** The positions in over of the instances of out (out is a subsequence of over). */
  static List<Integer> positions(Instances over, Instances out) {
    List<Integer> p = new ArrayList<>();
    int j = 0;
    for (int i = 0; i < over.numInstances() && j < out.numInstances(); i++) {
      if (over.instance(i).toString().equals(out.instance(j).toString())
        && over.instance(i).weight() == out.instance(j).weight()) {
        p.add(i);
        j++;
      }
    }
    assertEquals("the output is the over-sampled data less some instances, in order", out.numInstances(), p.size());
    return p;
  }

  @Test
  public void isTheCleaningRuleAppliedToSmotesOutput() throws Exception {
    Instances data = CleaningRulesVsImblearnTest.load("blobs3");
    for (String[] c : new String[][] {{"SMOTEENN", ENN}, {"SMOTETomek", TOMEK}}) {
      Instances over = smote(data, 3);
      assertEquals(c[0] + ": SMOTE raises every class to the largest", 3 * 150, over.numInstances());
      Filter rule = (Filter) weka.imbalance.OptionValues.fromSpec(Filter.class, "cleaning", c[1],
        "weka.filters.supervised.instance");
      rule.setInputFormat(over);
      Instances expected = Filter.useFilter(over, rule);
      Instances out = combined(c[0], c[1], data, 3);
      assertEquals(c[0] + ": instances", expected.numInstances(), out.numInstances());
      for (int i = 0; i < out.numInstances(); i++) {
        assertEquals(c[0] + " instance " + i, expected.instance(i).toString(), out.instance(i).toString());
        assertEquals(c[0] + " weight " + i, expected.instance(i).weight(), out.instance(i).weight(), 0);
      }
      assertTrue(c[0] + " removed instances", out.numInstances() < over.numInstances());
    }
  }

  @Test
  public void defaultsAreImbalancedLearns() throws Exception {
    assertTrue(new SMOTEENN().getCleaning() instanceof EditedNearestNeighbours);
    assertTrue(new SMOTETomek().getCleaning() instanceof TomekLinks);
    for (Filter f : new Filter[] {new SMOTEENN().getCleaning(), new SMOTETomek().getCleaning()}) {
      assertEquals("all", ((weka.imbalance.resampling.cleaning.CleaningFilter) f).getClasses().getSelectedTag()
        .getIDStr());
    }
  }

  @Test
  public void cleaningStepKeepsWhatImbalancedLearnKeeps() throws Exception {
    Instances data = CleaningRulesVsImblearnTest.load("blobs3");
    Instances over = smote(data, 5);
    File csv = File.createTempFile("smote-output-", ".csv");
    try {
      try (PrintWriter w = new PrintWriter(csv, StandardCharsets.UTF_8.name())) {
        for (int i = 0; i < over.numInstances(); i++) {
          StringBuilder sb = new StringBuilder();
          for (int a = 0; a < over.numAttributes(); a++) {
            sb.append(a > 0 ? "," : "").append(a == over.classIndex() ? over.instance(i).stringValue(a)
              : Double.toString(over.instance(i).value(a)));
          }
          w.println(sb);
        }
      }
      List<String> theirs = PythonReference.lines("apt-get install python3-imblearn", 120,
        CleaningRulesVsImblearnTest.SCRIPT, "--clean", csv.getPath(), "enn-all", "tomek-all");
      String[][] combinations = {{"SMOTEENN", ENN}, {"SMOTETomek", TOMEK}};
      for (int m = 0; m < combinations.length; m++) {
        List<Integer> ours = positions(over, combined(combinations[m][0], combinations[m][1], data, 5));
        StringBuilder sb = new StringBuilder();
        for (int p : ours) {
          sb.append(sb.length() > 0 ? " " : "").append(p);
        }
        assertEquals(combinations[m][0] + ": the instances kept by the cleaning step", theirs.get(m).trim(),
          sb.toString());
      }
    } finally {
      csv.delete();
    }
  }
}
