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

package weka.imbalance.resampling.strategy;

import java.util.Arrays;
import java.util.Random;

import weka.core.Option;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.Utils;
import weka.imbalance.OptionValues;

/**
 * Every non-empty class ends with the same count T: the classes below T are oversampled, those
 * above it randomly undersampled. T is the mean class count (default; the data keep their size),
 * the median, the largest (oversampling only: imbalanced-learn's {@code 'not majority'}) or the
 * smallest (undersampling only: its random under-sampler's {@code 'auto'}). Counts and T are over
 * the non-empty classes; a mean or median that is not whole is rounded down.
 */
public class EqualCounts extends AbstractSamplingStrategy {

  private static final long serialVersionUID = -7436285521034977190L;

  public static final int MEAN = 0, MEDIAN = 1, MAJORITY = 2, MINORITY = 3;
  public static final Tag[] TAGS_AT = {
    new Tag(MEAN, "mean", "the mean class count (the data keep their size)", false),
    new Tag(MEDIAN, "median", "the median class count", false),
    new Tag(MAJORITY, "majority", "the largest class count (oversampling only)", false),
    new Tag(MINORITY, "minority", "the smallest class count (undersampling only)", false) };

  private int m_At = MEAN;

  /**
   * @param at one of {@link #MEAN}, {@link #MEDIAN}, {@link #MAJORITY}, {@link #MINORITY}
   * @return the strategy
   */
  public static EqualCounts at(int at) {
    EqualCounts s = new EqualCounts();
    s.setAt(new SelectedTag(at, TAGS_AT));
    return s;
  }

  @Override
  public String globalInfo() {
    return "Every class ends with the same count: the mean class count (default), the median, the largest or the "
      + "smallest. Smaller classes are oversampled, larger ones randomly undersampled; an empty class stays empty.";
  }

  @Override
  public int[] targets(int[] counts, Random random) {
    int[] n = Arrays.stream(counts).filter(c -> c > 0).sorted().toArray();
    int[] t = new int[counts.length];
    if (n.length == 0) {
      return t;
    }
    int target;
    if (m_At == MEDIAN) {
      int h = n.length / 2;
      target = n.length % 2 == 1 ? n[h] : (int) (((long) n[h - 1] + n[h]) / 2);
    } else if (m_At == MAJORITY) {
      target = n[n.length - 1];
    } else if (m_At == MINORITY) {
      target = n[0];
    } else {
      long sum = 0;
      for (int c : n) {
        sum += c;
      }
      target = (int) (sum / n.length);
    }
    for (int c = 0; c < counts.length; c++) {
      t[c] = counts[c] > 0 ? target : 0;
    }
    return t;
  }

  @Override
  protected Option[] options() {
    return new Option[] {new Option("\tThe common count: " + OptionValues.tagNames(TAGS_AT) + " (default mean)", "at",
      1, "-at <count>")};
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    m_At = OptionValues.getTag("at", options, TAGS_AT, MEAN);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    return new String[] {"-at", OptionValues.tagName(TAGS_AT, m_At)};
  }

  public String atTipText() {
    return "The count every class ends with: mean (default), median, majority (largest) or minority (smallest).";
  }

  public SelectedTag getAt() {
    return new SelectedTag(m_At, TAGS_AT);
  }

  public void setAt(SelectedTag t) {
    m_At = OptionValues.tagId("at", t, TAGS_AT);
  }
}
