package weka.imbalance.doc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import weka.imbalance.testing.Plugins;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.FlowRunner;
import weka.knowledgeflow.LoggingLevel;
import weka.knowledgeflow.StepManagerImpl;
import weka.knowledgeflow.steps.CrossValidationFoldMaker;
import weka.knowledgeflow.steps.TextSaver;
import weka.knowledgeflow.steps.TextViewer;

/**
 * The Knowledge Flow example (doc/knowledgeflow/imbalance.kf) runs headless with Weka's
 * FlowRunner, with the package's methods in it (a change to them that breaks the flow fails here),
 * and the evaluators' text output carries the package's metric lines.
 */
public class KnowledgeFlowExampleTest {

  static final String FLOW = "doc/knowledgeflow/imbalance.kf";

  /** The schemes of the flow, as the evaluators' "Scheme:" lines name them: stock J48 and the package's. */
  static final String[] METHODS = {"J48", "FilteredClassifier", "ThresholdMoving", "LogitAdjustedMLP"};

  /**
   * The evaluations: one per scheme, and the linear probe (a second LogitAdjustedMLP) on the
   * representation of a ContrastiveRepresentation Filter step.
   */
  static final int EVALUATIONS = METHODS.length + 1;

  @ClassRule
  public static TemporaryFolder s_Tmp = new TemporaryFolder();

  private static List<String> s_outputs;

  @BeforeClass
  public static void registerMetrics() {
    Plugins.register();
  }

  /** The evaluators' outputs of one run of the flow, shared by the tests. */
  private static synchronized List<String> runFlow() throws Exception {
    if (s_outputs == null) {
      s_outputs = runFlowOnce();
    }
    return s_outputs;
  }

  /** Runs the flow (2 folds instead of 10, the text savers writing to a temporary folder). */
  private static List<String> runFlowOnce() throws Exception {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    weka.gui.Logger logger = new weka.gui.Logger() {
      @Override
      public void logMessage(String m) {
        log.add(m);
      }

      @Override
      public void statusMessage(String m) {
      }
    };
    Flow flow = Flow.loadFlow(new File(FLOW), logger);
    ((CrossValidationFoldMaker) flow.findStep("CrossValidationFoldMaker").getManagedStep()).setNumFolds("2");
    List<File> saved = new ArrayList<>();
    for (StepManagerImpl s : flow.getSteps()) {
      if (s.getManagedStep() instanceof TextSaver) {
        File f = new File(s_Tmp.getRoot(), s.getName().replaceAll("\\W", "_") + ".txt");
        ((TextSaver) s.getManagedStep()).setFile(f);
        saved.add(f);
      }
    }
    assertEquals("a text saver per evaluation", EVALUATIONS, saved.size());

    FlowRunner runner = new FlowRunner();
    runner.setLogger(logger);
    runner.setLoggingLevel(LoggingLevel.WARNING);
    runner.setFlow(flow);
    runner.run();
    runner.waitUntilFinished();

    Map<String, String> viewed = ((TextViewer) flow.findStep("TextViewer").getManagedStep()).getResults();
    assertEquals("the text viewer got every evaluation; log:\n" + String.join("\n", log), EVALUATIONS,
      viewed.size());
    List<String> outputs = new ArrayList<>();
    for (File f : saved) {
      assertTrue("text saver wrote " + f + "; log:\n" + String.join("\n", log), f.isFile());
      outputs.add(new String(Files.readAllBytes(f.toPath()), StandardCharsets.UTF_8));
    }
    return outputs;
  }

  @Test
  public void flowRunsHeadlessAndPrintsTheMetricLines() throws Exception {
    List<String> outputs = runFlow();
    String all = String.join("\n", outputs);
    for (String scheme : METHODS) {
      assertTrue(scheme + " in\n" + all, all.matches("(?s).*\nScheme: ([^\n]* : )?" + scheme + "\n.*"));
    }
    assertTrue(all, all.contains("SMOTEWithUndersampling"));
    // the self-supervised filter ran in its Filter step, on the folds: the probe's data is its output
    String probe = outputs.stream().filter(o -> o.contains(
      "\nScheme: Linear probe on ContrastiveRepresentation : LogitAdjustedMLP\n")).findFirst().orElse(null);
    assertTrue("the linear probe's evaluation in\n" + all, probe != null);
    assertTrue(probe, probe.matches("(?s).*\nRelation: +yeast-ContrastiveRepresentation-.*"));
    for (String out : outputs) {
      assertTrue(out, out.contains("=== Summary ==="));
      for (String line : new String[] {"Balanced accuracy", "G-mean", "Many-shot accuracy", "Few-shot accuracy"}) {
        assertTrue("'" + line + "' in\n" + out, out.contains(line));
      }
    }
  }

  /**
   * The metric lines carry values: the Knowledge Flow's evaluator merges the per-fold evaluations
   * with AggregateableEvaluation.aggregate, which does not merge plugin metrics, so the metrics
   * fall back to the merged confusion matrix.
   */
  @Test
  public void metricLinesCarryValues() throws Exception {
    for (String out : runFlow()) {
      assertTrue(out, out.matches("(?s).*\\nBalanced accuracy +0\\.\\d+.*"));
    }
  }
}
