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

package weka.gui.visualize.plugins;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Frame;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;

import weka.classifiers.Classifier;
import weka.classifiers.evaluation.Prediction;
import weka.core.Attribute;
import weka.core.Instances;
import weka.gui.ResultHistoryPanel;
import weka.gui.explorer.ClassifierPanel;
import weka.gui.explorer.Explorer;
import weka.imbalance.ClassPriors;
import weka.imbalance.OptionValues;
import weka.imbalance.PerClassRecall;
import weka.imbalance.ShotGroups;
import weka.imbalance.TrainingClassCounts;
import weka.imbalance.chart.RecallChart;
import weka.imbalance.experiment.MethodLabels;

/**
 * Explorer plugin (Classify tab, right-click on a result &gt; Plugins): a chart of per-class
 * recall against class frequency, classes sorted from head to tail, with the many/medium/few-shot
 * regions marked and the classifier's name and balanced accuracy in the legend; the chart can be
 * saved as a PNG file. Works for the predictions of any classifier with a nominal class.
 *
 * <p>Each class is placed and filed under a shot group by the training count that the result's
 * text output uses for its many/medium/few-shot lines, so that chart and text agree: in a k-fold
 * cross-validation the mean count per fold, (k-1)/k of the class's count in the Explorer's data;
 * in a percentage split that percentage of it; on the training set or a supplied test set the
 * count itself. A re-evaluated saved model takes the counts it reports
 * ({@link TrainingClassCounts}); when no training counts are known, the bars show the test counts
 * and no groups are drawn, as the text then prints "?".
 */
public class LongTailRecallPlot implements VisualizePlugin {

  /** The menu text. */
  public static final String MENU_TEXT = "Per-class recall vs. class frequency (long tail)";

  private static final Pattern FOLDS = Pattern.compile("(\\d+)-fold cross-validation");
  private static final Pattern SPLIT = Pattern.compile("split ([0-9.]+)% train");

  @Override
  public JMenuItem getVisualizeMenuItem(ArrayList<Prediction> preds, Attribute classAtt) {
    if (classAtt == null || !classAtt.isNominal()) {
      return null;
    }
    if (preds == null || preds.isEmpty()) {
      JMenuItem item = new JMenuItem(MENU_TEXT + ": predictions were not stored");
      item.setToolTipText("Tick 'Store predictions for visualization' under More options... and run the classifier again");
      item.addActionListener(e -> JOptionPane.showMessageDialog(null,
        "The predictions of this result were not kept, so there is nothing to plot.\n"
          + "Tick 'Store predictions for visualization' in the Classify tab's 'More options...' and run again.",
        MENU_TEXT, JOptionPane.INFORMATION_MESSAGE));
      return item;
    }
    JMenuItem item = new JMenuItem(MENU_TEXT);
    item.addActionListener(e -> {
      Explorer explorer = explorer();
      Result r = explorer == null ? new Result() : Result.of(explorer, preds);
      show(chart(preds, classAtt, r.method, r.testMode, explorer == null ? null : data(explorer, classAtt), r.model));
    });
    return item;
  }

  /**
   * The chart of a set of predictions.
   *
   * @param preds the predictions
   * @param classAtt the class attribute
   * @param method the classifier's name for the legend, or null
   * @param testMode the result's test mode as the Explorer prints it ("5-fold cross-validation",
   *          "split 66.0% train, remainder test", "evaluate on training data", "user supplied test
   *          set: ...", "re-evaluation ..."), or null if unknown
   * @param data the Explorer's data (class set) the training counts come from, or null
   * @param model the result's model, or null
   * @return the chart with one series
   */
  public static RecallChart chart(List<Prediction> preds, Attribute classAtt, String method, String testMode,
    Instances data, Classifier model) {
    int c = classAtt.numValues();
    PerClassRecall recall = new PerClassRecall(c);
    double[] testCounts = new double[c];
    for (Prediction p : preds) {
      if (Double.isNaN(p.actual())) {
        continue;
      }
      int actual = (int) p.actual();
      int predicted = Double.isNaN(p.predicted()) ? -1 : (int) p.predicted();
      recall.add(actual, predicted, p.weight(), -1);
      testCounts[actual] += p.weight();
    }
    double[] frequency = null;
    String label = null;
    String mode = testMode == null ? "" : testMode;
    double[] dataCounts = null;
    try {
      dataCounts = data == null || mode.startsWith("re-evaluation") ? null : ClassPriors.weightedCounts(data);
    } catch (Exception e) {
      // not countable: as if there were no data
    }
    Matcher folds = FOLDS.matcher(mode), split = SPLIT.matcher(mode);
    if (dataCounts != null && folds.find()) {
      int k = Integer.parseInt(folds.group(1));
      frequency = scaled(dataCounts, (k - 1) / (double) k);
      label = "training instances per fold ((k-1)/k of the data, k = " + k + ")";
    } else if (dataCounts != null && split.find()) {
      frequency = scaled(dataCounts, Double.parseDouble(split.group(1)) / 100);
      label = "training instances (" + split.group(1) + "% of the data)";
    } else if (dataCounts != null && testMode != null) {
      frequency = dataCounts;
      label = "training instances";
    } else if (model instanceof TrainingClassCounts && ((TrainingClassCounts) model).getTrainingClassCounts() != null
      && ((TrainingClassCounts) model).getTrainingClassCounts().length == c) {
      frequency = ((TrainingClassCounts) model).getTrainingClassCounts();
      label = "training instances (as the model reports them)";
    } else if (dataCounts != null) {
      frequency = dataCounts;
      label = "instances in the Explorer's data (test mode unknown)";
    }
    String[] names = new String[c];
    for (int k = 0; k < c; k++) {
      names[k] = classAtt.value(k);
    }
    RecallChart chart = frequency == null
      ? new RecallChart(names, testCounts, "test instances (training counts unknown: no shot groups)", null)
      : new RecallChart(names, frequency, label, ShotGroups.configured());
    chart.setTitle("Per-class recall, head to tail: " + classAtt.name() + " (" + c + " classes)"
      + (testMode == null ? "" : ", " + testMode));
    chart.addSeries(method == null ? "the classifier" : method, recall);
    return chart;
  }

  private static double[] scaled(double[] counts, double factor) {
    double[] s = counts.clone();
    for (int k = 0; k < s.length; k++) {
      s[k] *= factor;
    }
    return s;
  }

  /** What the Explorer kept of the result whose predictions are plotted. */
  static final class Result {
    String method;
    String testMode;
    Classifier model;

    /** The result of the Classify tab that holds these very predictions, if any. */
    static Result of(Explorer explorer, List<Prediction> preds) {
      Result r = new Result();
      for (Object panel : explorer.getPanels()) {
        if (!(panel instanceof ClassifierPanel)) {
          continue;
        }
        ResultHistoryPanel history = ((ClassifierPanel) panel).getResultHistory();
        for (int i = 0; i < history.getList().getModel().getSize(); i++) {
          String name = history.getNameAtIndex(i);
          Object o = history.getNamedObject(name);
          if (o instanceof List && ((List<?>) o).stream().anyMatch(x -> x == preds)) {
            r.read(history.getNamedBuffer(name), (List<?>) o);
            return r;
          }
        }
      }
      return r;
    }

    void read(StringBuffer text, List<?> objects) {
      for (Object o : objects) {
        if (o instanceof Classifier) {
          model = (Classifier) o;
        }
      }
      String scheme = null;
      for (String line : text == null ? new String[0] : text.toString().split("\\R")) {
        if (line.startsWith("Scheme:") && scheme == null) {
          scheme = line.substring("Scheme:".length()).trim();
        } else if (line.startsWith("Test mode:") && testMode == null) {
          testMode = line.substring("Test mode:".length()).trim();
        } else if (line.startsWith("=== Re-evaluation on test set")) {
          testMode = "re-evaluation of a saved model";
        }
      }
      try {
        method = MethodLabels.label(model != null ? model : OptionValues.fromSpec(Classifier.class, "Scheme", scheme));
      } catch (RuntimeException e) {
        method = scheme;
      }
    }
  }

  /** The Explorer whose Classify tab made the result. */
  private static Explorer explorer() {
    for (Frame f : Frame.getFrames()) {
      Explorer ex = find(f);
      if (ex != null) {
        return ex;
      }
    }
    return null;
  }

  /** The Explorer's current data, if it has the same class attribute. */
  private static Instances data(Explorer ex, Attribute classAtt) {
    Instances data = ex.getPreprocessPanel() == null ? null : ex.getPreprocessPanel().getInstances();
    if (data != null) {
      Attribute a = data.attribute(classAtt.name());
      if (a != null && a.isNominal() && a.numValues() == classAtt.numValues()) {
        Instances copy = new Instances(data);
        copy.setClass(a);
        return copy;
      }
    }
    return null;
  }

  private static Explorer find(Component c) {
    if (c instanceof Explorer) {
      return (Explorer) c;
    }
    if (c instanceof Container) {
      for (Component child : ((Container) c).getComponents()) {
        Explorer e = find(child);
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }

  private static void show(RecallChart chart) {
    JFrame frame = new JFrame(MENU_TEXT);
    JPanel canvas = new JPanel() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        chart.paint((Graphics2D) g, getWidth(), getHeight());
      }
    };
    canvas.setPreferredSize(new Dimension(900, 560));
    JButton save = new JButton("Save as PNG...");
    save.addActionListener(e -> {
      JFileChooser chooser = new JFileChooser();
      chooser.setFileFilter(new FileNameExtensionFilter("PNG image", "png"));
      chooser.setSelectedFile(new File("long-tail-recall.png"));
      if (chooser.showSaveDialog(frame) == JFileChooser.APPROVE_OPTION) {
        File file = chooser.getSelectedFile();
        if (!file.getName().toLowerCase().endsWith(".png")) {
          file = new File(file.getPath() + ".png");
        }
        try {
          chart.writePng(file, Math.max(canvas.getWidth(), 900), Math.max(canvas.getHeight(), 560));
        } catch (Exception ex) {
          JOptionPane.showMessageDialog(frame, "Could not save " + file + ": " + ex.getMessage(), "Save as PNG",
            JOptionPane.ERROR_MESSAGE);
        }
      }
    });
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    buttons.add(save);
    frame.getContentPane().setLayout(new BorderLayout());
    frame.getContentPane().add(canvas, BorderLayout.CENTER);
    frame.getContentPane().add(buttons, BorderLayout.SOUTH);
    frame.pack();
    frame.setLocationByPlatform(true);
    frame.setVisible(true);
  }

  @Override
  public String getMinVersion() {
    return "3.8.0";
  }

  @Override
  public String getMaxVersion() {
    return "3.10.0";
  }

  @Override
  public String getDesignVersion() {
    return "3.8.6";
  }
}
