package weka.gui.visualize.plugins;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;
import javax.swing.JMenuItem;

import org.junit.Test;

import weka.classifiers.evaluation.NominalPrediction;
import weka.classifiers.evaluation.Prediction;
import weka.core.Attribute;
import weka.imbalance.chart.RecallChart;

/** The plugin's chart, made headless from known predictions. */
public class LongTailRecallPlotTest {

  private static Attribute classes(int c) {
    List<String> v = new ArrayList<>();
    for (int k = 0; k < c; k++) {
      v.add("class" + k);
    }
    return new Attribute("class", v);
  }

  /** Class k has 1000 / (k+1) test instances, of which a fraction 1 / (k+1) are right. */
  private static ArrayList<Prediction> predictions(int c) {
    ArrayList<Prediction> preds = new ArrayList<>();
    Random r = new Random(1);
    for (int k = 0; k < c; k++) {
      int n = Math.max(1, 1000 / (k + 1));
      for (int i = 0; i < n; i++) {
        double[] dist = new double[c];
        int predicted = i < Math.ceil(n / (double) (k + 1)) ? k : (k + 1 + r.nextInt(c - 1)) % c;
        dist[predicted] = 1;
        preds.add(new NominalPrediction(k, dist, 1));
      }
    }
    return preds;
  }

  private static int countColour(BufferedImage img, int rgb) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  public void twoAndOneHundredClassesRender() throws Exception {
    for (int c : new int[] {2, 100}) {
      RecallChart chart = LongTailRecallPlot.chart(predictions(c), classes(c), null);
      assertEquals(1, chart.numSeries());
      BufferedImage img = chart.toImage(900, 560);
      assertEquals(900, img.getWidth());
      assertEquals(560, img.getHeight());
      assertTrue("the recall line is drawn for " + c + " classes", countColour(img, 0x1f77b4) > 50);
      File png = new File("target/long-tail-recall-" + c + ".png");
      chart.writePng(png, 900, 560);
      assertEquals(900, ImageIO.read(png).getWidth());
    }
  }

  @Test
  public void classesAreSortedFromHeadToTail() {
    ArrayList<Prediction> preds = new ArrayList<>();
    int[] counts = {5, 50, 20};
    for (int k = 0; k < 3; k++) {
      for (int i = 0; i < counts[k]; i++) {
        preds.add(new NominalPrediction(k, new double[] {1, 0, 0}, 1));
      }
    }
    RecallChart chart = LongTailRecallPlot.chart(preds, classes(3), null);
    assertArrayEquals(new int[] {1, 2, 0}, chart.headToTailOrder());
  }

  @Test
  public void saysWhenPredictionsWereNotKeptAndHidesForNumericClass() {
    JMenuItem item = new LongTailRecallPlot().getVisualizeMenuItem(null, classes(3));
    assertTrue(item.getText(), item.getText().contains("predictions were not stored"));
    assertNull(new LongTailRecallPlot().getVisualizeMenuItem(predictions(2), new Attribute("numeric")));
    JMenuItem ok = new LongTailRecallPlot().getVisualizeMenuItem(predictions(3), classes(3));
    assertEquals(LongTailRecallPlot.MENU_TEXT, ok.getText());
  }
}
