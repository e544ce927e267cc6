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
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
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
 * class's frequency (logarithmic right axis); one coloured line per series (method) shows its
 * recall of each class (left axis, 0 to 1); the many/medium/few-shot regions are shaded and
 * labelled; the title gives each series' balanced accuracy. Readable from 2 to a few hundred
 * classes (class names are thinned out when they would overlap).
 */
public class RecallChart implements Serializable {

  private static final long serialVersionUID = 4962853037851183262L;

  private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
    new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
    new Color(0xbcbd22), new Color(0x7f7f7f)};

  private final String[] m_classNames;
  private final double[] m_frequency;
  private final String m_frequencyLabel;
  private final ShotGroups m_groups;
  private final List<String> m_seriesNames = new ArrayList<>();
  private final List<PerClassRecall> m_series = new ArrayList<>();
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
   * Adds a series.
   *
   * @param name the series' name (a method)
   * @param recall its per-class recalls
   * @return this
   */
  public RecallChart addSeries(String name, PerClassRecall recall) {
    if (recall.numClasses() != m_classNames.length) {
      throw new IllegalArgumentException("series '" + name + "' has " + recall.numClasses() + " classes, the chart "
        + m_classNames.length);
    }
    m_seriesNames.add(name);
    m_series.add(recall);
    return this;
  }

  /** @param title the first title line */
  public void setTitle(String title) {
    m_title = title;
  }

  /** @return the number of series */
  public int numSeries() {
    return m_series.size();
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
    int legendRows = (m_series.size() + 2) / 3;
    int titleH = 2 * (fm.getHeight() + 2) + 6;
    int longestName = 0;
    for (String c : m_classNames) {
      longestName = Math.max(longestName, fm.stringWidth(c));
    }
    int labelH = Math.min(longestName, 120) + 8;
    int left = 60, right = 70, top = titleH + legendRows * (fm.getHeight() + 2) + 8;
    int bottom = labelH + fm.getHeight() + 12;
    int pw = Math.max(10, width - left - right), ph = Math.max(10, height - top - bottom);
    double slot = (double) pw / n;

    // title: first line, then the balanced accuracy of each series
    g.setColor(Color.BLACK);
    g.setFont(base.deriveFont(Font.BOLD, 14f));
    g.drawString(m_title, left, fm.getHeight() + 2);
    g.setFont(base);
    StringBuilder ba = new StringBuilder("Balanced accuracy: ");
    for (int s = 0; s < m_series.size(); s++) {
      ba.append(s > 0 ? ", " : "").append(m_seriesNames.get(s)).append(' ')
        .append(fmt(m_series.get(s).balancedAccuracy()));
    }
    g.drawString(clip(ba.toString(), fm, width - left - 10), left, 2 * (fm.getHeight() + 2) + 2);

    // legend
    for (int s = 0; s < m_series.size(); s++) {
      int lx = left + (s % 3) * (pw / 3), ly = titleH + (s / 3) * (fm.getHeight() + 2) + fm.getAscent();
      g.setColor(color(s));
      g.fillRect(lx, ly - fm.getAscent() / 2 - 2, 14, 4);
      g.setColor(Color.BLACK);
      g.drawString(clip(m_seriesNames.get(s), fm, pw / 3 - 24), lx + 18, ly);
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

    // recall lines
    g.setStroke(new BasicStroke(1.8f));
    for (int s = 0; s < m_series.size(); s++) {
      g.setColor(color(s));
      PerClassRecall r = m_series.get(s);
      double px = Double.NaN, py = Double.NaN;
      for (int i = 0; i < n; i++) {
        double rec = r.recall(order[i]);
        if (Double.isNaN(rec)) {
          px = Double.NaN;
          continue;
        }
        double x = left + (i + 0.5) * slot, y = top + ph - rec * ph;
        if (!Double.isNaN(px)) {
          g.draw(new Line2D.Double(px, py, x, y));
        }
        double m = n > 60 ? 2 : 3.5;
        g.fill(new Rectangle2D.Double(x - m, y - m, 2 * m, 2 * m));
        px = x;
        py = y;
      }
    }
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
