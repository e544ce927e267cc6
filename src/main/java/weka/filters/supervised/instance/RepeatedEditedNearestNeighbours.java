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
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.cleaning.CleaningRules;
import weka.imbalance.resampling.cleaning.Neighbourhood;

/**
 * Repeated edited nearest neighbours: {@link EditedNearestNeighbours} applied until it removes
 * nothing more; see {@link #globalInfo()}. The loop is {@link CleaningRules#repeatedEdited}.
 */
public class RepeatedEditedNearestNeighbours extends EditedNearestNeighbours {

  private static final long serialVersionUID = 3358410719472216032L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public static final int DEFAULT_MAX_ITERATIONS = 100;

  protected int m_MaxIterations = DEFAULT_MAX_ITERATIONS;

  /** Rounds made on the last first batch. */
  private int m_Rounds;

  @Override
  public String globalInfo() {
    return "Repeated edited nearest neighbours (RENN): applies ENN (k nearest neighbours, -kind all or mode) to "
      + "what is left, again and again, until a round removes nothing, for at most -max-iterations rounds. As in "
      + "imbalanced-learn it also stops after a round in which a class other than the smallest falls below the "
      + "smallest class's original count, or a class disappears; the classes that may lose instances (-classes, "
      + "default every class but the smallest) are recounted each round. Any number of classes." + sharedInfo()
      + "\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.tomek1976enn();
  }

  @Override
  protected boolean[] removed(Neighbourhood nb, Random random) throws Exception {
    int[] done = new int[1];
    boolean[] r = CleaningRules.repeatedEdited(nb, m_Neighbours, false, m_MaxIterations, m_Kind == KIND_MODE,
      m_Classes, false, done);
    m_Rounds = done[0];
    if (getDebug()) {
      System.err.println(getClass().getSimpleName() + ": " + m_Rounds + " rounds");
    }
    return r;
  }

  /** @return the rounds made on the last first batch */
  public int getLastRounds() {
    return m_Rounds;
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe most rounds of ENN (default " + DEFAULT_MAX_ITERATIONS + ")", "max-iterations", 1,
      "-max-iterations <num>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setMaxIterations(OptionValues.getInt("max-iterations", options, DEFAULT_MAX_ITERATIONS));
    super.setOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-max-iterations", "" + m_MaxIterations);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String maxIterationsTipText() {
    return "The most rounds of ENN (100, imbalanced-learn's default); it usually stops earlier, when a round "
      + "removes nothing.";
  }

  public int getMaxIterations() {
    return m_MaxIterations;
  }

  /** @param n the most rounds, &gt;= 1 */
  public void setMaxIterations(int n) {
    m_MaxIterations = OptionValues.atLeast("max-iterations", n, 1);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new RepeatedEditedNearestNeighbours(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "RepeatedEditedNearestNeighbours", () -> m_SavedByRelease);
  }
}
