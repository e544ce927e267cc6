/**
 * What the package's balanced ensembles share ({@code BalancedBagging}, {@code EasyEnsemble},
 * {@code BalancedRandomForest}, {@code RUSBoost} in {@code weka.classifiers.meta}): the sampler
 * that balances one member's training set ({@link weka.imbalance.ensemble.BagSampler}), the
 * balanced bootstrap of a balanced random forest ({@link weka.imbalance.ensemble.BalancedBootstrap}),
 * a base learner trained on a resampled copy of its data inside a boosting round
 * ({@link weka.imbalance.ensemble.SampledLearner}), and the averaging, class counts and report of
 * the members ({@link weka.imbalance.ensemble.Members}). The ensembles themselves are Weka's
 * Bagging, RandomForest and AdaBoostM1 with only the training set of each member changed.
 */
package weka.imbalance.ensemble;
