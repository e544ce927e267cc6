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
package weka.imbalance.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

/**
 * Data for the MLP benchmarks: the long-tailed subsets are made here with a few lines (the
 * LongTailSubsample filter is written in parallel): class i (label order) keeps
 * {@code n_i = floor(n_max * rho^(-i/(C-1)))} randomly chosen instances (seeded).
 */
public final class LongTailData {

  private LongTailData() {
  }

  /** @return the shared data directory */
  public static File dir() {
    return new File(System.getenv().getOrDefault("SHARED_DATA", "../shared/data"));
  }

  /**
   * @param name file name in the shared data directory
   * @return the data with the last attribute as class
   * @throws Exception if it cannot be read
   */
  public static Instances load(String name) throws Exception {
    Instances d = DataSource.read(new File(dir(), name).getPath());
    d.setClassIndex(d.numAttributes() - 1);
    return d;
  }

  /** Indices of each class, shuffled with rand. */
  static List<List<Integer>> byClass(Instances d, Random rand) {
    List<List<Integer>> idx = new ArrayList<>();
    for (int k = 0; k < d.numClasses(); k++) {
      idx.add(new ArrayList<>());
    }
    for (int i = 0; i < d.numInstances(); i++) {
      idx.get((int) d.instance(i).classValue()).add(i);
    }
    for (List<Integer> l : idx) {
      Collections.shuffle(l, rand);
    }
    return idx;
  }

  /** @return {@code floor(nMax * rho^(-k/(c-1)))}, the size of class k of c in the long tail */
  static int classSize(int nMax, double rho, int k, int c) {
    return (int) Math.floor(nMax * Math.pow(rho, -(double) k / (c - 1)));
  }

  /**
   * The long-tailed subset.
   *
   * @param d balanced-ish data
   * @param nMax instances kept of class 0
   * @param rho imbalance ratio
   * @param seed seed of the random choice
   * @return the subset (label order = head to tail)
   */
  public static Instances longTail(Instances d, int nMax, double rho, long seed) {
    List<List<Integer>> idx = byClass(d, new Random(seed));
    int c = d.numClasses();
    Instances out = new Instances(d, 0);
    for (int k = 0; k < c; k++) {
      int n = classSize(nMax, rho, k, c);
      for (int j = 0; j < Math.min(n, idx.get(k).size()); j++) {
        out.add(d.instance(idx.get(k).get(j)));
      }
    }
    return out;
  }

  /**
   * A long-tailed training set and a disjoint balanced validation set from the same data, for
   * choosing a budget without looking at the test set: class i's shuffled instances give the
   * training set their first {@code floor(nMax * rho^(-i/(C-1)))} and the validation set their last
   * {@code perClass} (so nMax must leave room: nMax + perClass <= the smallest class size).
   *
   * @param d balanced data
   * @param nMax instances kept of class 0
   * @param rho imbalance ratio
   * @param perClass validation instances per class
   * @param seed seed of the random choice
   * @return {train, validation}
   */
  public static Instances[] longTailWithValidation(Instances d, int nMax, double rho, int perClass, long seed) {
    List<List<Integer>> idx = byClass(d, new Random(seed));
    int c = d.numClasses();
    Instances train = new Instances(d, 0);
    Instances val = new Instances(d, 0);
    for (int k = 0; k < c; k++) {
      List<Integer> l = idx.get(k);
      if (nMax + perClass > l.size()) {
        throw new IllegalArgumentException("class " + k + " has " + l.size() + " instances, fewer than nMax "
          + nMax + " + " + perClass + " for validation");
      }
      int n = classSize(nMax, rho, k, c);
      for (int j = 0; j < n; j++) {
        train.add(d.instance(l.get(j)));
      }
      for (int j = l.size() - perClass; j < l.size(); j++) {
        val.add(d.instance(l.get(j)));
      }
    }
    return new Instances[] { train, val };
  }

  /**
   * Splits a data set that holds training and test parts together into a balanced test set of
   * {@code perClass} instances per class and a long-tailed training set from the rest.
   *
   * @param d the data
   * @param perClass test instances per class
   * @param rho imbalance ratio of the training part
   * @param seed seed
   * @return {train, test}
   */
  public static Instances[] longTailSplit(Instances d, int perClass, double rho, long seed) {
    List<List<Integer>> idx = byClass(d, new Random(seed));
    Instances test = new Instances(d, 0);
    Instances rest = new Instances(d, 0);
    int nMax = Integer.MAX_VALUE;
    for (List<Integer> l : idx) {
      for (int j = 0; j < l.size(); j++) {
        (j < perClass ? test : rest).add(d.instance(l.get(j)));
      }
      nMax = Math.min(nMax, l.size() - perClass);
    }
    return new Instances[] { longTail(rest, nMax, rho, seed), test };
  }

  /** @return weighted class counts of the data */
  public static int[] counts(Instances d) {
    int[] c = new int[d.numClasses()];
    for (Instance i : d) {
      c[(int) i.classValue()]++;
    }
    return c;
  }
}
