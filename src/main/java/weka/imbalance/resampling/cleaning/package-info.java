/**
 * The under-samplers that choose which instances go: {@link
 * weka.imbalance.resampling.cleaning.UndersamplingFilter} (the -classes option and the report; the
 * base of ClusterCentroids and InstanceHardnessThreshold), {@link
 * weka.imbalance.resampling.cleaning.CleaningFilter}, the base of the neighbour rules (Tomek links,
 * ENN, RENN, All-kNN, NCR, OSS, CNN, NearMiss in {@code weka.filters.supervised.instance});
 * the rules themselves in {@link weka.imbalance.resampling.cleaning.CleaningRules}, on a {@link
 * weka.imbalance.resampling.cleaning.Neighbourhood}; {@link
 * weka.imbalance.resampling.cleaning.OversampleThenClean}, the base of SMOTE + ENN and SMOTE +
 * Tomek. The user guide is {@code doc/cleaning-rules.md}.
 */
package weka.imbalance.resampling.cleaning;
