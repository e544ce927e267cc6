/**
 * Sampling strategies: how many instances each class ends with, from the class counts alone
 * ({@link weka.imbalance.resampling.strategy.SamplingStrategy}, imbalanced-learn's
 * {@code sampling_strategy}). Chosen in the object editor's drop-down or with {@code -strategy
 * "<class> <options>"}; a class of this package may be named without its package. To add one, copy
 * {@link weka.imbalance.resampling.strategy.RaiseToCount}.
 */
package weka.imbalance.resampling.strategy;
