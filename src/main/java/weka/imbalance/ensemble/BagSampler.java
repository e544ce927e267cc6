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


package weka.imbalance.ensemble;

import java.util.Random;

import weka.core.Instances;
import weka.core.Randomizable;
import weka.filters.Filter;
import weka.imbalance.OptionValues;

/**
 * The sampler that balances the training set of one ensemble member: any Weka filter, applied to
 * the member's training set alone as its first (and only) batch, in a fresh copy per member so
 * that members can be built in parallel. A {@link Randomizable} filter gets a seed of its own for
 * each member, drawn from the ensemble's seed and the member's number, so that the members do not
 * depend on the order or the number of threads in which they are built.
 */
public final class BagSampler {

  /**
   * The default sampler, imbalanced-learn's {@code RandomUnderSampler()}: every class reduced at
   * random, without replacement, to the number of instances of the smallest class; the kept
   * instances keep their weights. (The package's resampling filter with a plan that only
   * undersamples; Weka's SpreadSubsample -M 1 does the same on unweighted data but refuses
   * weighted data, which every boosting round has.)
   */
  public static final String DEFAULT = "weka.filters.supervised.instance.SMOTEWithUndersampling"
    + " -strategy \"weka.imbalance.resampling.strategy.EqualCounts -at minority\"";

  /** Where a sampler's class name without a package is looked up. */
  public static final String[] PACKAGES = {"weka.filters.supervised.instance", "weka.filters.unsupervised.instance"};

  private BagSampler() {
  }

  /** @return a new default sampler */
  public static Filter defaultSampler() {
    return OptionValues.fromSpec(Filter.class, "sampler", DEFAULT);
  }

  /**
   * @param name the option's name, for the message
   * @param sampler a sampler to be set
   * @return the sampler
   * @throws IllegalArgumentException if it is null
   */
  public static Filter check(String name, Filter sampler) {
    OptionValues.require(sampler != null, name, "null", "a filter");
    return sampler;
  }

  /**
   * The seed of one member's sampler: differs from the seed Weka's Bagging gives the member's
   * bootstrap ({@code seed + member}), so that the two draws are not the same stream.
   *
   * @param seed the ensemble's seed
   * @param member the member's number
   * @return the sampler's seed
   */
  public static int seedFor(int seed, int member) {
    return new Random(~((long) seed * 1_000_003L + member)).nextInt();
  }

  /**
   * Applies a copy of the sampler to one member's training set.
   *
   * @param sampler the configured sampler (not modified)
   * @param data the member's training set (not modified)
   * @param seed the seed for a randomizable sampler
   * @return the sampled training set
   * @throws Exception if the sampler fails, or changes the attributes
   */
  public static Instances apply(Filter sampler, Instances data, int seed) throws Exception {
    Filter f = Filter.makeCopy(sampler);
    if (f instanceof Randomizable) {
      ((Randomizable) f).setSeed(seed);
    }
    f.setInputFormat(data);
    Instances out = Filter.useFilter(data, f);
    String why = data.equalHeadersMsg(out);
    if (why != null) {
      throw new IllegalArgumentException("-sampler " + OptionValues.toSpec(sampler) + " changed the attributes of the "
        + "training set (" + why + "): an ensemble's sampler must only select or add instances");
    }
    return out;
  }
}
