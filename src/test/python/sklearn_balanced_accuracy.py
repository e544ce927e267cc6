#!/usr/bin/env python3
"""Writes the scikit-learn reference for BalancedAccuracyVsSklearnTest.

Draws imbalanced (actual, predicted, weight) triples with a fixed seed, asks scikit-learn's
balanced_accuracy_score for the balanced accuracy (unweighted and weighted), and writes both the
predictions and sklearn's answers to a CSV that the Java test replays through Weka's Evaluation.

    /usr/bin/python3 src/test/python/sklearn_balanced_accuracy.py \
        > src/test/resources/weka/imbalance/sklearn-balanced-accuracy.csv

With an argument (a CSV written by this script) it prints sklearn's answers for that file instead,
which the Java test uses for a live check when scikit-learn is installed.
"""
import sys

import numpy as np
import sklearn
from sklearn.metrics import balanced_accuracy_score


def answers(actual, predicted, weight):
    return (balanced_accuracy_score(actual, predicted),
            balanced_accuracy_score(actual, predicted, sample_weight=weight))


def main():
    if len(sys.argv) > 1:
        with open(sys.argv[1]) as f:
            rows = [line for line in f if line[0].isdigit()]
        data = np.loadtxt(rows, delimiter=",")
        a, p, w = data[:, 0].astype(int), data[:, 1].astype(int), data[:, 2]
        print("%.17g,%.17g" % answers(a, p, w))
        return
    rng = np.random.default_rng(20261127)
    classes, sizes = 5, [400, 150, 40, 9, 0]  # class 4 never occurs in the test data
    actual = np.repeat(np.arange(classes), sizes)
    # a classifier biased towards the head: right with a class-dependent probability,
    # otherwise predicts class 0 (or, rarely, class 4, which has no test instances)
    hit = rng.random(actual.size) < np.array([0.95, 0.7, 0.4, 0.2, 0.0])[actual]
    wrong = np.where(rng.random(actual.size) < 0.9, 0, 4)
    predicted = np.where(hit, actual, wrong)
    weight = np.round(rng.uniform(0.1, 3.0, actual.size), 3)
    ba, wba = answers(actual, predicted, weight)
    print("# scikit-learn %s balanced_accuracy_score, written by src/test/python/sklearn_balanced_accuracy.py"
          % sklearn.__version__)
    print("# balanced_accuracy=%.17g" % ba)
    print("# weighted_balanced_accuracy=%.17g" % wba)
    print("actual,predicted,weight")
    for a, p, w in zip(actual, predicted, weight):
        print("%d,%d,%s" % (a, p, w))


if __name__ == "__main__":
    main()
