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

import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;

import weka.classifiers.evaluation.Prediction;
import weka.core.Attribute;
import weka.core.Instances;
import weka.gui.explorer.Explorer;
import weka.imbalance.ClassPriors;
import weka.imbalance.PerClassRecall;
import weka.imbalance.ShotGroups;
import weka.imbalance.chart.RecallChart;

/**
 * Explorer plugin (Classify tab, right-click on a result &gt; Plugins): a chart of per-class
 * recall against class frequency, classes sorted from head to tail, with the many/medium/few-shot
 * regions marked and the balanced accuracy in the title; the chart can be saved as a PNG file.
 * Works for the predictions of any classifier with a nominal class.
 *
 * <p>The frequency of each class is its count in the data of the Explorer's Preprocess panel
 * (the training data for "Use training set" and "Supplied test set"; in a k-fold
 * cross-validation each model trained on (k-1)/k of it). When that data cannot be found, the
 * classes' counts among the predictions are used, and the axis says so.
 */
public class LongTailRecallPlot implements VisualizePlugin {

  /** The menu text. */
  public static final String MENU_TEXT = "Per-class recall vs. class frequency (long tail)";

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
    item.addActionListener(e -> show(chart(preds, classAtt, explorerData(classAtt))));
    return item;
  }

  /**
   * The chart of a set of predictions.
   *
   * @param preds the predictions
   * @param classAtt the class attribute
   * @param trainingData the data the frequencies come from, or null to use the predictions
   * @return the chart with one series
   */
  public static RecallChart chart(List<Prediction> preds, Attribute classAtt, Instances trainingData) {
    int c = classAtt.numValues();
    PerClassRecall recall = new PerClassRecall(c);
    double[] predictedCounts = new double[c];
    for (Prediction p : preds) {
      if (Double.isNaN(p.actual())) {
        continue;
      }
      int actual = (int) p.actual();
      int predicted = Double.isNaN(p.predicted()) ? -1 : (int) p.predicted();
      recall.add(actual, predicted, p.weight(), -1);
      predictedCounts[actual] += p.weight();
    }
    double[] frequency = predictedCounts;
    String label = "test instances (training counts unavailable)";
    if (trainingData != null) {
      try {
        frequency = ClassPriors.weightedCounts(trainingData);
        label = "instances in the Explorer's data";
      } catch (Exception e) {
        // keep the prediction counts
      }
    }
    String[] names = new String[c];
    for (int k = 0; k < c; k++) {
      names[k] = classAtt.value(k);
    }
    RecallChart chart = new RecallChart(names, frequency, label, ShotGroups.configured());
    chart.setTitle("Per-class recall, head to tail: " + classAtt.name() + " (" + c + " classes)");
    chart.addSeries("this classifier", recall);
    return chart;
  }

  /** The Explorer's current data, if it has the same class attribute. */
  private static Instances explorerData(Attribute classAtt) {
    for (Frame f : Frame.getFrames()) {
      Explorer ex = find(f);
      if (ex != null && ex.getPreprocessPanel() != null) {
        Instances data = ex.getPreprocessPanel().getInstances();
        if (data != null) {
          Attribute a = data.attribute(classAtt.name());
          if (a != null && a.isNominal() && a.numValues() == classAtt.numValues()) {
            Instances copy = new Instances(data);
            copy.setClass(a);
            return copy;
          }
        }
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
