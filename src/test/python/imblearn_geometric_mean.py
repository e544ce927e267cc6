#!/usr/bin/env python3
"""Writes the imbalanced-learn reference for GMeanVsImblearnTest.

Draws imbalanced (actual, predicted, weight) triples with a fixed seed, asks imbalanced-learn's
geometric_mean_score for the G-mean (unweighted and weighted), and writes both the predictions and
imbalanced-learn's answers to a CSV that the Java test replays through Weka's Evaluation.

    /usr/bin/python3 src/test/python/imblearn_geometric_mean.py \
        > src/test/resources/weka/imbalance/imblearn-geometric-mean.csv

With an argument (a CSV written by this script) it prints imbalanced-learn's answers for that file
instead, which the Java test uses for a live check when imbalanced-learn is installed (Debian:
apt-get install python3-imblearn).

Convention: our G-mean leaves out a class without test instances (its recall is undefined);
imbalanced-learn counts every label that occurs in y_true or y_pred, a predicted-only label with
recall 0, so the G-mean would be 0. The labels with test instances are therefore passed
explicitly (labels=...), which is how imbalanced-learn is told the same thing.
"""
import sys

import imblearn
import numpy as np
from imblearn.metrics import geometric_mean_score


def answers(actual, predicted, weight):
    labels = np.unique(actual)  # the classes with test instances
    return (geometric_mean_score(actual, predicted, labels=labels),
            geometric_mean_score(actual, predicted, labels=labels, sample_weight=weight))


def main():
    if len(sys.argv) > 1:
        with open(sys.argv[1]) as f:
            rows = [line for line in f if line[0].isdigit()]
        data = np.loadtxt(rows, delimiter=",")
        a, p, w = data[:, 0].astype(int), data[:, 1].astype(int), data[:, 2]
        print("%.17g,%.17g" % answers(a, p, w))
        return
    rng = np.random.default_rng(20261130)
    classes, sizes = 5, [300, 120, 40, 12, 0]  # class 4 never occurs in the test data
    actual = np.repeat(np.arange(classes), sizes)
    # a classifier biased towards the head: right with a class-dependent probability, otherwise
    # predicts class 0 (or, now and then, class 4, which has no test instances)
    hit = rng.random(actual.size) < np.array([0.9, 0.7, 0.55, 0.45, 0.0])[actual]
    wrong = np.where(rng.random(actual.size) < 0.8, 0, 4)
    predicted = np.where(hit, actual, wrong)
    weight = np.round(rng.uniform(0.1, 3.0, actual.size), 3)
    gm, wgm = answers(actual, predicted, weight)
    print("# imbalanced-learn %s geometric_mean_score, written by src/test/python/imblearn_geometric_mean.py"
          % imblearn.__version__)
    print("# geometric_mean=%.17g" % gm)
    print("# weighted_geometric_mean=%.17g" % wgm)
    print("actual,predicted,weight")
    for a, p, w in zip(actual, predicted, weight):
        print("%d,%d,%s" % (a, p, w))


if __name__ == "__main__":
    main()
