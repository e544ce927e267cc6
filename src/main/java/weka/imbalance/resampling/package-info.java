/**
 * The parts of the resampling filters that are not Weka-facing: the sampling plans (how many
 * instances each class should end with, {@link weka.imbalance.resampling.SamplingPlan} and
 * {@link weka.imbalance.resampling.LongTailPlan}), the mixed-type distance used by SMOTE
 * ({@link weka.imbalance.resampling.MixedDistance}), the exact k-nearest-neighbour search
 * ({@link weka.imbalance.resampling.ExactKnn}) and the SMOTE interpolation
 * ({@link weka.imbalance.resampling.SmoteSynthesizer}). The filters themselves live in
 * {@code weka.filters.supervised.instance}.
 */
package weka.imbalance.resampling;
