/**
 * The parts of the resampling filters that are not Weka-facing: {@link
 * weka.imbalance.resampling.ResamplingFilter}, the base class of every resampling filter (first
 * batch only, class rows, undersampling to the plan, seed, plan report); the plan record {@link
 * weka.imbalance.resampling.SamplingPlan} and the long-tail counts {@link
 * weka.imbalance.resampling.LongTailPlan}; the neighbour search, a plug-in ({@link
 * weka.imbalance.resampling.NeighbourSearch}, {@link weka.imbalance.resampling.ExactSearch} over
 * {@link weka.imbalance.resampling.ExactKnn}); the mixed-type distance ({@link
 * weka.imbalance.resampling.MixedDistance}); SMOTE's interpolation ({@link
 * weka.imbalance.resampling.SmoteSynthesizer}); the one random-subset draw ({@link
 * weka.imbalance.resampling.RandomSubset}). The sampling strategies are in {@code
 * weka.imbalance.resampling.strategy}, the filters in {@code weka.filters.supervised.instance}; the
 * layers and how to add a sampler are in {@code doc/design.md}.
 */
package weka.imbalance.resampling;
