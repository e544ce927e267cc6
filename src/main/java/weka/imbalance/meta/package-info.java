/**
 * Support code of the imbalancedLearning meta-classifiers ({@code weka.classifiers.meta.ThresholdMoving},
 * {@code PlugInEmpiricalThreshold}, {@code ClassBalancedReweighting}): the wrapper they share
 * ({@link weka.imbalance.meta.BaseLearnerWrapper}: capabilities, the training copy, prediction that
 * is safe to share between threads and passes batches through), the rule for calling a base
 * learner from many threads ({@link weka.imbalance.meta.SharedPrediction},
 * {@link weka.imbalance.meta.ThreadSafePrediction}), training a base learner with instance
 * weights, out-of-fold predictions of a stratified internal cross-validation, and the selection
 * criteria (balanced accuracy, G-mean or any Weka evaluation-metric plugin) that the tuning
 * options maximise. The prior and cost corrections themselves are in
 * {@link weka.imbalance.ClassPriors} and {@link weka.imbalance.ClassCosts}.
 */
package weka.imbalance.meta;
