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

package weka.imbalance.cog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Hand-made data with obvious clusters for the COG tests: class {@code big} is three tight blobs
 * (10 instances each, around (0,0), (10,0) and (0,10); the blob of instance i is i / 10) and class
 * {@code small} a tight blob around (4,4), inside their convex hull, so no single line separates
 * the classes but each blob of {@code big} is linearly separable from {@code small}.
 */
public final class CogTestData {

  /** Blob centres of class big. */
  public static final double[][] BIG_CENTRES = {{0, 0}, {10, 0}, {0, 10}};

  /** Centre of class small. */
  public static final double[] SMALL_CENTRE = {4, 4};

  private CogTestData() {
  }

  /** @return the header: x, y, class {big, small} (class last) */
  public static Instances header() {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("y"));
    atts.add(new Attribute("class", new ArrayList<>(Arrays.asList("big", "small"))));
    Instances data = new Instances("blobs", atts, 0);
    data.setClassIndex(2);
    return data;
  }

  /**
   * @param perBlob instances per blob of class big
   * @param small instances of class small
   * @return 3 * perBlob big instances (blob by blob), then the small ones; all of weight 1
   */
  public static Instances blobs(int perBlob, int small) {
    return blobs(BIG_CENTRES, perBlob, SMALL_CENTRE, small);
  }

  /**
   * @param bigCentres the centres of the blobs of class big
   * @param perBlob instances per blob of class big (standard deviation 0.5)
   * @param smallCentre the centre of class small
   * @param small instances of class small (standard deviation 0.3)
   * @return the big instances blob by blob, then the small ones; all of weight 1
   */
  public static Instances blobs(double[][] bigCentres, int perBlob, double[] smallCentre, int small) {
    Instances data = header();
    Random r = new Random(42);
    for (double[] c : bigCentres) {
      for (int i = 0; i < perBlob; i++) {
        data.add(point(data, c[0] + 0.5 * r.nextGaussian(), c[1] + 0.5 * r.nextGaussian(), 0));
      }
    }
    for (int i = 0; i < small; i++) {
      data.add(point(data, smallCentre[0] + 0.3 * r.nextGaussian(), smallCentre[1] + 0.3 * r.nextGaussian(), 1));
    }
    return data;
  }

  /**
   * @return class big in two blobs of 20 instances around (0,0) and 10 around (10,0), class small
   *         5 around (5,8), in that order, all of weight 1
   */
  public static Instances unequalBlobs() {
    Instances data = header();
    Random r = new Random(3);
    double[][] centres = {{0, 0}, {10, 0}, {5, 8}};
    int[] sizes = {20, 10, 5};
    for (int b = 0; b < 3; b++) {
      for (int i = 0; i < sizes[b]; i++) {
        data.add(point(data, centres[b][0] + 0.5 * r.nextGaussian(), centres[b][1] + 0.5 * r.nextGaussian(),
          b < 2 ? 0 : 1));
      }
    }
    return data;
  }

  /**
   * @param data the header to attach to
   * @param x first coordinate
   * @param y second coordinate
   * @param cls class index, or -1 for missing
   * @return a new instance of weight 1
   */
  public static Instance point(Instances data, double x, double y, int cls) {
    Instance inst = new DenseInstance(1.0, new double[] {x, y, cls < 0 ? Double.NaN : cls});
    inst.setDataset(data);
    if (cls < 0) {
      inst.setClassMissing();
    }
    return inst;
  }

  /**
   * @param clusterer the clusterer
   * @param factor the decompose factor
   * @param k the number of subclasses, 0 = automatic
   * @param target the target subclass size
   * @param max the cap on automatic subclasses
   * @param min the minimum average subclass size
   * @return an unfitted decomposition with these settings
   */
  public static ClassDecomposition decomposition(weka.clusterers.Clusterer clusterer, double factor, int k,
    double target, int max, int min) {
    DecompositionSettings s = new DecompositionSettings();
    s.setClusterer(clusterer);
    s.setDecomposeFactor(factor);
    s.setNumSubclasses(k);
    s.setTargetSize(target);
    s.setMaxSubclasses(max);
    s.setMinSubclassSize(min);
    return new ClassDecomposition(s);
  }

  /**
   * @param data a data set
   * @return the weight of each class value (instances with a missing class not counted)
   */
  public static double[] classWeights(Instances data) {
    double[] w = new double[data.numClasses()];
    for (Instance inst : data) {
      if (!inst.classIsMissing()) {
        w[(int) inst.classValue()] += inst.weight();
      }
    }
    return w;
  }

  /**
   * @param data a data set
   * @return a text with every value and weight, to compare data sets exactly
   */
  public static String dump(Instances data) {
    StringBuilder sb = new StringBuilder(data.toString());
    for (int i = 0; i < data.numInstances(); i++) {
      sb.append('\n').append(data.instance(i).weight());
    }
    return sb.toString();
  }
}
