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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import weka.core.Option;
import weka.core.Utils;
import weka.imbalance.OptionValues;

/**
 * A base strategy followed by random undersampling of the classes it leaves alone (neither raised
 * nor {@linkplain SamplingStrategy#fixed fixed}): each keeps at most a cap that the subclass
 * computes. With the default base, the SMOTE package's amount, this is the SMOTE paper's
 * combination: SMOTE the minority, undersample the majority.
 */
public abstract class AbstractUndersampling extends AbstractSamplingStrategy {

  private static final long serialVersionUID = -3164090214379640711L;

  /** The package where a base strategy's short class name is looked up. */
  static final String PACKAGE = AbstractUndersampling.class.getPackage().getName();

  private SamplingStrategy m_Base = new SmotePercentage();

  /**
   * @param counts class counts
   * @param targets the base's targets
   * @return the cap of the classes the base leaves alone
   */
  protected abstract int cap(int[] counts, int[] targets);

  /** @return the options of the cap, before -base */
  protected abstract Option[] capOptions();

  /** Reads the options of the cap (the base has been read). */
  protected abstract void setCapOptions(String[] options) throws Exception;

  /** @return the options of the cap */
  protected abstract String[] getCapOptions();

  @Override
  public int[] targets(int[] counts, Random random) {
    int[] t = m_Base.targets(counts, random);
    boolean[] fixed = m_Base.fixed(counts);
    int cap = cap(counts, t);
    for (int c = 0; c < t.length; c++) {
      if (t[c] == counts[c] && !fixed[c]) {
        t[c] = Math.min(counts[c], cap);
      }
    }
    return t;
  }

  @Override
  public boolean[] fixed(int[] counts) {
    return m_Base.fixed(counts);
  }

  @Override
  protected Option[] options() {
    List<Option> o = new ArrayList<>(Arrays.asList(capOptions()));
    o.add(new Option("\tThe strategy whose untouched classes are undersampled, class name and options\n"
      + "\t(default " + SmotePercentage.class.getSimpleName() + ")", "base", 1, "-base \"<strategy>\""));
    return o.toArray(new Option[0]);
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setBase(OptionValues.getObject("base", options, SamplingStrategy.class, new SmotePercentage(), PACKAGE));
    setCapOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, getCapOptions());
    Collections.addAll(o, "-base", OptionValues.toSpec(m_Base));
    return o.toArray(new String[0]);
  }

  public String baseTipText() {
    return "The strategy that decides which classes are raised; the classes it leaves alone are undersampled.";
  }

  public SamplingStrategy getBase() {
    return m_Base;
  }

  /** @param s the base strategy (not null) */
  public void setBase(SamplingStrategy s) {
    OptionValues.require(s != null, "base", s, "a sampling strategy");
    m_Base = s;
  }
}
