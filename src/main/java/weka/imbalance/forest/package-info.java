/**
 * The engine of {@code weka.classifiers.trees.GiniRandomForest}: the training data ranked and
 * presorted once per model ({@code ForestData}), CART trees grown on it without sorting at the
 * nodes ({@code TreeGrower}), and the grown trees as flat arrays ({@code GiniTree}).
 */
package weka.imbalance.forest;
