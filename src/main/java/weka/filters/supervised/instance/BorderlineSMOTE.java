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
package weka.filters.supervised.instance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.NeighbourOversampler;
import weka.imbalance.resampling.SmoteSynthesizer;

/**
 * Borderline-SMOTE1 and Borderline-SMOTE2 (Han, Wang and Mao 2005); see {@link #globalInfo()}. The
 * danger rule is {@link #inDanger}; the neighbours, the strategy and the interpolation come from
 * {@link NeighbourOversampler}.
 */
public class BorderlineSMOTE extends NeighbourOversampler {

  private static final long serialVersionUID = -4170558223349162021L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public static final int BORDERLINE_1 = 1, BORDERLINE_2 = 2;
  public static final Tag[] TAGS_KIND = {
    new Tag(BORDERLINE_1, "borderline-1", "neighbours of the same class only", false),
    new Tag(BORDERLINE_2, "borderline-2", "neighbours of any class, at most half-way towards another class", false) };

  public static final int DEFAULT_DANGER_NEIGHBOURS = 10;

  /** Borderline-SMOTE2's largest gap towards a neighbour of another class (the paper's 0.5). */
  public static final double OTHER_CLASS_GAP = 0.5;

  private int m_Kind = BORDERLINE_1;
  private int m_DangerNeighbours = DEFAULT_DANGER_NEIGHBOURS;

  public String globalInfo() {
    return "Borderline-SMOTE: SMOTE from the instances on the border of their class only. An instance of a class "
      + "to raise is in danger when at least half, but not all, of its m nearest neighbours (among all "
      + "instances, -M, default 10) are of another class: m/2 <= m' < m. Instances all of whose neighbours are "
      + "of other classes are taken for noise, those with fewer than half for safe; neither is used. The "
      + "synthetic instances are spread evenly over the danger set (every danger instance floor(S / d), a "
      + "random subset one more; imbalanced-learn draws the bases with replacement). borderline-1 (default): "
      + "each lies at a random point of the segment between its base and one of the base's K nearest neighbours "
      + "of the same class. borderline-2: the neighbour is one of the base's K nearest among all instances, and "
      + "when it is of another class the point lies at most half-way (gap in [0, 0.5), the paper's rule, so "
      + "that it stays nearer the base's class). A class with an empty danger set is not raised (as in "
      + "imbalanced-learn); the plan (-output-debug-info, getLastPlan) tells the real counts. Multi-class: every "
      + "class the strategy raises (by default every class but the majority to the majority count, "
      + "imbalanced-learn's 'auto'), every other class counting as the paper's majority (one-vs-rest). Numeric "
      + "attributes are scaled to [0, 1] for the distance by default (-scaling none: imbalanced-learn's raw "
      + "distance); nominal attributes count through SMOTE-NC or the value difference metric, and a synthetic "
      + "instance takes the majority value of its base's neighbours of the same class; string and relational "
      + "values are copied from the base; missing values are ignored in the distance. A synthetic instance gets "
      + "its base's weight (-W instead keeps each class's total weight). Instances with a missing class pass "
      + "through. Only the first batch is resampled, so the filter can be used in the FilteredClassifier."
      + "\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.han2005();
  }

  /**
   * The paper's danger rule.
   *
   * @param otherClass how many of the m neighbours are of another class (m')
   * @param m the number of neighbours looked at
   * @return m/2 &lt;= m' &lt; m
   */
  public static boolean inDanger(int otherClass, int m) {
    return 2 * otherClass >= m && otherClass < m;
  }

  /**
   * @param data the data
   * @param c a class
   * @return the rows of class c in danger (in data order)
   * @throws Exception if the neighbours cannot be found
   */
  public int[] dangerSet(Instances data, int c) throws Exception {
    newBatch();
    return danger(data, classRows(data), c);
  }

  private int[] danger(Instances data, int[][] rows, int c) throws Exception {
    return danger(data, rows, c, neighboursInData(data, rows, c, m_DangerNeighbours));
  }

  /** The rows of class c whose m nearest neighbours (around, per instance of c) put them in danger. */
  private static int[] danger(Instances data, int[][] rows, int c, int[][] around) {
    List<Integer> d = new ArrayList<>();
    for (int i = 0; i < rows[c].length; i++) {
      if (inDanger(otherClass(data, around[i], c), around[i].length)) {
        d.add(rows[c][i]);
      }
    }
    return d.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  protected List<Job> prepare(Instances data, int[][] rows, int c, int extra, Random random) throws Exception {
    int[][] around = neighboursInData(data, rows, c, m_DangerNeighbours);
    int[] danger = danger(data, rows, c, around);
    if (danger.length == 0) {
      debug("class " + data.classAttribute().value(c) + ": no instance in danger, the class is not raised");
      return Collections.emptyList();
    }
    int[] members = rows[c];
    int k = getNearestNeighbors();
    int[][] own = sameClassNeighbours(data, members, k);
    // borderline-2's partners: the K nearest among all instances, the first K of the m found when K <= m
    int[][] all = m_Kind != BORDERLINE_2 ? null : k <= m_DangerNeighbours ? around
      : neighboursInData(data, rows, c, k);
    int[][] voters = new int[danger.length][];
    int[][] partners = m_Kind == BORDERLINE_2 ? new int[danger.length][] : voters;
    for (int i = 0, j = 0; i < danger.length; i++) {
      while (members[j] != danger[i]) {
        j++;
      }
      voters[i] = own[j];
      if (all != null) {
        partners[i] = Arrays.copyOf(all[j], Math.min(k, all[j].length));
      }
    }
    debug("class " + data.classAttribute().value(c) + ": " + danger.length + " of " + members.length
      + " instances in danger");
    return Collections.singletonList(new Job(danger, partners, voters,
      SmoteSynthesizer.perBase(danger.length, extra, random)));
  }

  @Override
  protected double otherClassGap() {
    return OTHER_CLASS_GAP;
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe variant: " + OptionValues.tagNames(TAGS_KIND) + " (default borderline-1)", "kind", 1,
      "-kind <kind>"));
    v.add(new Option("\tNumber of nearest neighbours (among all instances) that decide the danger set\n"
      + "\t(default " + DEFAULT_DANGER_NEIGHBOURS + ")", "M", 1, "-M <num>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    m_Kind = OptionValues.getTag("kind", options, TAGS_KIND, BORDERLINE_1);
    setDangerNeighbors(OptionValues.getInt("M", options, DEFAULT_DANGER_NEIGHBOURS));
    super.setOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-kind", OptionValues.tagName(TAGS_KIND, m_Kind), "-M", "" + m_DangerNeighbours);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String kindTipText() {
    return "borderline-1: interpolate towards neighbours of the same class; borderline-2: towards neighbours of any "
      + "class, at most half-way when the neighbour is of another class.";
  }

  public SelectedTag getKind() {
    return new SelectedTag(m_Kind, TAGS_KIND);
  }

  public void setKind(SelectedTag t) {
    m_Kind = OptionValues.tagId("kind", t, TAGS_KIND);
  }

  public String dangerNeighborsTipText() {
    return "The number m of nearest neighbours (among all instances) whose classes decide whether an instance is "
      + "in danger (m/2 <= of another class < m).";
  }

  public int getDangerNeighbors() {
    return m_DangerNeighbours;
  }

  /** @param m the number of neighbours, &gt;= 1 */
  public void setDangerNeighbors(int m) {
    m_DangerNeighbours = OptionValues.atLeast("M", m, 1);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new BorderlineSMOTE(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "BorderlineSMOTE", () -> m_SavedByRelease);
  }
}
