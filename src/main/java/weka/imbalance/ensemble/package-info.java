/**
 * What the package's balanced ensembles share ({@code BalancedBagging}, {@code EasyEnsemble},
 * {@code BalancedRandomForest}, {@code RUSBoost} in {@code weka.classifiers.meta}): the sampler
 * that balances one member's training set ({@link weka.imbalance.ensemble.BagSampler}), the
 * balanced bootstrap of a balanced random forest ({@link weka.imbalance.ensemble.BalancedBootstrap}),
 * the averaging, class counts and report of the members ({@link weka.imbalance.ensemble.Members})
 * and the check of the numeric options inherited from Weka
 * ({@link weka.imbalance.ensemble.InheritedOptions}). RUSBoost's round member, a base learner
 * trained on a sampled copy of its data, is the nested class {@code RUSBoost.SampledLearner}
 * (nested, so that the object editor need not list it). The ensembles themselves are Weka's
 * Bagging, RandomForest and AdaBoostM1 with only the training set of each member changed.
 */
package weka.imbalance.ensemble;
