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

package weka.imbalance.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import weka.imbalance.PerClassRecall;
import weka.imbalance.ShotGroups;

/**
 * Per-class recall against class frequency, classes sorted from head to tail. Grey bars show each
 * class's frequency (logarithmic right axis); one line per series (method) shows its recall of
 * each class (left axis, 0 to 1), each series with its own colour, dashes and marker and shifted
 * slightly sideways, so that series with equal recalls stay apart; the legend gives each series'
 * balanced accuracy; the many/medium/few-shot regions are shaded and labelled. Readable from 2 to
 * a few hundred classes (class names are thinned out when they would overlap).
 */
public class RecallChart implements Serializable {

  private static final long serialVersionUID = 4962853037851183262L;

  /** Width of a legend entry's line sample, in pixels. */
  private static final int LEGEND_SAMPLE = 30;

  private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
    new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
    new Color(0xbcbd22), new Color(0x7f7f7f)};

  private final String[] m_classNames;
  private final double[] m_frequency;
  private final String m_frequencyLabel;
  private final ShotGroups m_groups;
  private final List<String> m_seriesNames = new ArrayList<>();
  private final List<PerClassRecall> m_series = new ArrayList<>();
  private final List<Double> m_scores = new ArrayList<>();
  private String m_title = "Per-class recall, head to tail";

  /**
   * A chart without series.
   *
   * @param classNames the class names, by class index
   * @param frequency the frequency of each class (training counts where known)
   * @param frequencyLabel what the frequency is, for the axis label (e.g. "training instances")
   * @param groups the many/medium/few thresholds, or null for no regions
   */
  public RecallChart(String[] classNames, double[] frequency, String frequencyLabel, ShotGroups groups) {
    if (classNames.length != frequency.length || classNames.length == 0) {
      throw new IllegalArgumentException("need one frequency per class, got " + classNames.length + " names and "
        + frequency.length + " frequencies");
    }
    m_classNames = classNames.clone();
    m_frequency = frequency.clone();
    m_frequencyLabel = frequencyLabel;
    m_groups = groups;
  }

  /**
   * Adds a series, with its balanced accuracy in the legend.
   *
   * @param name the series' name (a method)
   * @param recall its per-class recalls
   * @return this
   */
  public RecallChart addSeries(String name, PerClassRecall recall) {
    return addSeries(name, recall, recall.balancedAccuracy());
  }

  /**
   * Adds a series.
   *
   * @param name the series' name (a method)
   * @param recall its per-class recalls
   * @param balancedAccuracy the balanced accuracy shown in its legend entry (NaN: "?")
   * @return this
   */
  public RecallChart addSeries(String name, PerClassRecall recall, double balancedAccuracy) {
    if (recall.numClasses() != m_classNames.length) {
      throw new IllegalArgumentException("series '" + name + "' has " + recall.numClasses() + " classes, the chart "
        + m_classNames.length);
    }
    m_seriesNames.add(name);
    m_series.add(recall);
    m_scores.add(balancedAccuracy);
    return this;
  }

  /**
   * @param s a series' index
   * @return its legend entry: name and balanced accuracy
   */
  public String legendEntry(int s) {
    return m_seriesNames.get(s) + " (" + fmt(m_scores.get(s)) + ")";
  }

  /** @param title the first title line */
  public void setTitle(String title) {
    m_title = title;
  }

  /** @return the number of series */
  public int numSeries() {
    return m_series.size();
  }

  /**
   * @param classIndex a class
   * @return the shot group the chart files it under ({@link ShotGroups#MANY} etc.), or -1 when the
   *         chart has no groups
   */
  public int groupOf(int classIndex) {
    return m_groups == null ? -1 : m_groups.groupOf(m_frequency[classIndex]);
  }

  /** @return what the frequencies are, as the axis says */
  public String frequencyLabel() {
    return m_frequencyLabel;
  }

  /** @return the class indices from the most to the least frequent (stable for ties) */
  public int[] headToTailOrder() {
    Integer[] idx = new Integer[m_frequency.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(m_frequency[b], m_frequency[a]));
    return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
  }

  /**
   * Renders into an image.
   *
   * @param width pixels
   * @param height pixels
   * @return the image
   */
  public BufferedImage toImage(int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      paint(g, width, height);
    } finally {
      g.dispose();
    }
    return img;
  }

  /**
   * Writes the chart as a PNG file.
   *
   * @param file the file
   * @param width pixels
   * @param height pixels
   * @throws IOException if it cannot be written
   */
  public void writePng(File file, int width, int height) throws IOException {
    if (!ImageIO.write(toImage(width, height), "png", file)) {
      throw new IOException("no PNG writer available for " + file);
    }
  }

  /**
   * Paints the chart.
   *
   * @param g the graphics
   * @param width the width to fill
   * @param height the height to fill
   */
  public void paint(Graphics2D g, int width, int height) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    g.setFont(base);
    FontMetrics fm = g.getFontMetrics();

    int[] order = headToTailOrder();
    int n = order.length;
    int left = 60, right = 70;
    int pw0 = Math.max(10, width - left - right);
    int entryWidth = 10;
    for (int s = 0; s < m_series.size(); s++) {
      entryWidth = Math.max(entryWidth, LEGEND_SAMPLE + 6 + fm.stringWidth(legendEntry(s)) + 16);
    }
    int columns = Math.max(1, Math.min(m_series.size(), pw0 / Math.min(entryWidth, pw0)));
    int legendRows = (m_series.size() + columns - 1) / columns;
    int rowH = fm.getHeight() + 3;
    int titleH = 2 * (fm.getHeight() + 2) + 4;
    int longestName = 0;
    for (String c : m_classNames) {
      longestName = Math.max(longestName, fm.stringWidth(c));
    }
    int labelH = Math.min(longestName, 120) + 8;
    int top = titleH + legendRows * rowH + 8;
    int bottom = labelH + fm.getHeight() + 12;
    int pw = pw0, ph = Math.max(10, height - top - bottom);
    double slot = (double) pw / n;

    // title, then the legend: each series with its balanced accuracy, line style and marker
    g.setColor(Color.BLACK);
    g.setFont(base.deriveFont(Font.BOLD, 14f));
    g.drawString(clip(m_title, g.getFontMetrics(), width - left - 10), left, fm.getHeight() + 2);
    g.setFont(base);
    g.drawString("Legend: method (balanced accuracy)", left, 2 * (fm.getHeight() + 2) + 2);
    int columnWidth = pw / columns;
    for (int s = 0; s < m_series.size(); s++) {
      int lx = left + (s % columns) * columnWidth, ly = titleH + (s / columns) * rowH + fm.getAscent();
      double my = ly - fm.getAscent() / 2.0 + 1;
      g.setColor(color(s));
      Stroke old = g.getStroke();
      g.setStroke(stroke(s));
      g.draw(new Line2D.Double(lx, my, lx + LEGEND_SAMPLE, my));
      g.setStroke(old);
      marker(g, s, lx + LEGEND_SAMPLE / 2.0, my, 3.5);
      g.setColor(Color.BLACK);
      g.drawString(clip(legendEntry(s), fm, columnWidth - LEGEND_SAMPLE - 12), lx + LEGEND_SAMPLE + 6, ly);
    }

    // shot-group regions
    if (m_groups != null) {
      Color[] shade = {new Color(0xEEF4FB), new Color(0xFFF6E5), new Color(0xFDEBEC)};
      int start = 0;
      while (start < n) {
        int group = m_groups.groupOf(m_frequency[order[start]]);
        int end = start;
        while (end + 1 < n && m_groups.groupOf(m_frequency[order[end + 1]]) == group) {
          end++;
        }
        int x0 = left + (int) Math.round(start * slot), x1 = left + (int) Math.round((end + 1) * slot);
        g.setColor(shade[group]);
        g.fillRect(x0, top, x1 - x0, ph);
        g.setColor(Color.DARK_GRAY);
        String label = ShotGroups.GROUP_NAMES[group];
        if (fm.stringWidth(label) < x1 - x0 - 4) {
          g.drawString(label, x0 + (x1 - x0 - fm.stringWidth(label)) / 2, top + fm.getAscent() + 2);
        }
        if (start > 0) {
          Stroke old = g.getStroke();
          g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
          g.draw(new Line2D.Double(x0, top, x0, top + ph));
          g.setStroke(old);
        }
        start = end + 1;
      }
    }

    // frequency bars on a log scale (right axis)
    double maxF = 1;
    for (double f : m_frequency) {
      maxF = Math.max(maxF, f);
    }
    double logMax = Math.log10(maxF) + 0.05;
    g.setColor(new Color(0xBBBBBB));
    for (int i = 0; i < n; i++) {
      double f = m_frequency[order[i]];
      double h = f <= 1 ? (f > 0 ? 2 : 0) : ph * Math.log10(f) / logMax;
      double bw = Math.max(1, slot * 0.6);
      g.fill(new Rectangle2D.Double(left + i * slot + (slot - bw) / 2, top + ph - h, bw, h));
    }

    // axes
    g.setColor(Color.BLACK);
    g.drawRect(left, top, pw, ph);
    for (int t = 0; t <= 10; t += 2) {
      int y = top + ph - (int) Math.round(ph * t / 10.0);
      g.drawLine(left - 4, y, left, y);
      String s = t == 10 ? "1" : "0." + t;
      if (t == 0) {
        s = "0";
      }
      g.drawString(s, left - 8 - fm.stringWidth(s), y + fm.getAscent() / 2 - 1);
    }
    for (int e = 0; Math.pow(10, e) <= maxF; e++) {
      int y = top + ph - (int) Math.round(ph * e / logMax);
      g.drawLine(left + pw, y, left + pw + 4, y);
      g.drawString(e == 0 ? "1" : "1e" + e, left + pw + 7, y + fm.getAscent() / 2 - 1);
    }
    drawRotated(g, "recall", 14, top + ph / 2 + fm.stringWidth("recall") / 2, -Math.PI / 2);
    String fl = m_frequencyLabel + " (grey, log scale)";
    drawRotated(g, fl, width - 8, top + ph / 2 - fm.stringWidth(fl) / 2, Math.PI / 2);

    // class names, thinned out so they do not overlap
    int every = Math.max(1, (int) Math.ceil((fm.getHeight() + 1) / slot));
    for (int i = 0; i < n; i += every) {
      String name = clip(m_classNames[order[i]], fm, labelH - 6);
      int x = left + (int) Math.round((i + 0.5) * slot) + fm.getAscent() / 2 - 1;
      drawRotated(g, name, x, top + ph + 6, Math.PI / 2);
    }
    String xl = "classes, most to least frequent" + (every > 1 ? " (one name in " + every + " shown)" : "");
    g.drawString(xl, left + (pw - fm.stringWidth(xl)) / 2, height - 6);

    // recall lines: each series slightly shifted sideways, with its own dashes and markers, so
    // that series with equal recalls stay apart
    int numSeries = m_series.size();
    double shift = numSeries < 2 ? 0 : Math.min(3, slot * 0.5 / numSeries);
    double m = n > 60 ? 2 : 3.5;
    for (int s = 0; s < numSeries; s++) {
      PerClassRecall r = m_series.get(s);
      double dx = (s - (numSeries - 1) / 2.0) * shift;
      double px = Double.NaN, py = Double.NaN;
      Stroke old = g.getStroke();
      g.setStroke(stroke(s));
      g.setColor(color(s));
      for (int i = 0; i < n; i++) {
        double rec = r.recall(order[i]);
        if (Double.isNaN(rec)) {
          px = Double.NaN;
          continue;
        }
        double x = left + (i + 0.5) * slot + dx, y = top + ph - rec * ph;
        if (!Double.isNaN(px)) {
          g.draw(new Line2D.Double(px, py, x, y));
        }
        px = x;
        py = y;
      }
      g.setStroke(old);
      for (int i = 0; i < n; i++) {
        double rec = r.recall(order[i]);
        if (!Double.isNaN(rec)) {
          marker(g, s, left + (i + 0.5) * slot + dx, top + ph - rec * ph, m);
        }
      }
    }
  }

  /** The line style of a series: solid, dashed, dotted or dash-dotted, in turn. */
  private static Stroke stroke(int s) {
    float[][] dashes = {null, {7, 4}, {2, 3}, {8, 3, 2, 3}};
    float[] d = dashes[s % dashes.length];
    return d == null ? new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
      : new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, d, 0);
  }

  /** Draws the marker of a series: square, circle, triangle, diamond, inverted triangle, cross, x. */
  private static void marker(Graphics2D g, int s, double x, double y, double r) {
    Shape shape;
    switch (s % 7) {
    case 0:
      shape = new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
      break;
    case 1:
      shape = new Ellipse2D.Double(x - r - 0.5, y - r - 0.5, 2 * r + 1, 2 * r + 1);
      break;
    case 2:
      shape = polygon(x, y, r * 1.3, new double[] {-90, 30, 150});
      break;
    case 3:
      shape = polygon(x, y, r * 1.35, new double[] {-90, 0, 90, 180});
      break;
    case 4:
      shape = polygon(x, y, r * 1.3, new double[] {90, 210, 330});
      break;
    case 5:
      shape = cross(x, y, r * 1.2, 0);
      break;
    default:
      shape = cross(x, y, r * 1.2, 45);
    }
    g.setColor(color(s));
    g.fill(shape);
    g.setColor(color(s).darker());
    Stroke old = g.getStroke();
    g.setStroke(new BasicStroke(0.8f));
    g.draw(shape);
    g.setStroke(old);
  }

  private static Shape polygon(double x, double y, double r, double[] degrees) {
    Path2D.Double p = new Path2D.Double();
    for (int i = 0; i < degrees.length; i++) {
      double a = Math.toRadians(degrees[i]);
      if (i == 0) {
        p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
      } else {
        p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
      }
    }
    p.closePath();
    return p;
  }

  private static Shape cross(double x, double y, double r, double degrees) {
    double w = r * 0.45;
    Area a = new Area(new Rectangle2D.Double(x - r, y - w / 2, 2 * r, w));
    a.add(new Area(new Rectangle2D.Double(x - w / 2, y - r, w, 2 * r)));
    return a.createTransformedArea(AffineTransform.getRotateInstance(Math.toRadians(degrees), x, y));
  }

  private static Color color(int s) {
    return PALETTE[s % PALETTE.length];
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String clip(String s, FontMetrics fm, int maxWidth) {
    if (fm.stringWidth(s) <= maxWidth) {
      return s;
    }
    String t = s;
    while (t.length() > 1 && fm.stringWidth(t + "...") > maxWidth) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "...";
  }

  private static void drawRotated(Graphics2D g, String s, double x, double y, double angle) {
    AffineTransform old = g.getTransform();
    g.translate(x, y);
    g.rotate(angle);
    g.drawString(s, 0, 0);
    g.setTransform(old);
  }

  /** @return the series names, in order */
  public List<String> seriesNames() {
    return Collections.unmodifiableList(m_seriesNames);
  }
}
