"""What the metric reference scripts share (sklearn_balanced_accuracy.py, imblearn_geometric_mean.py).

Each script draws imbalanced (actual, predicted, weight) triples with a fixed seed, asks its
library for a statistic with and without weights, and writes the predictions and the answers to a
CSV that a Java test replays through Weka's Evaluation. With an argument (such a CSV) it prints the
library's answers for that file instead, for the Java test's live check.
"""
import sys

import numpy as np


def draw(seed, sizes, hit, to_head):
    """Predictions of a classifier biased towards the head.

    Class k has sizes[k] test instances (the last class none); an instance of class k is right
    with probability hit[k], otherwise predicted as class 0 with probability to_head, else as the
    last class, which has no test instances.
    """
    rng = np.random.default_rng(seed)
    classes = len(sizes)
    actual = np.repeat(np.arange(classes), sizes)
    right = rng.random(actual.size) < np.array(hit)[actual]
    wrong = np.where(rng.random(actual.size) < to_head, 0, classes - 1)
    predicted = np.where(right, actual, wrong)
    weight = np.round(rng.uniform(0.1, 3.0, actual.size), 3)
    return actual, predicted, weight


def main(answers, draw_args, title, names):
    """Writes the reference CSV, or with a CSV as argument prints the answers for it.

    answers(actual, predicted, weight) gives (unweighted, weighted); names are their header keys.
    """
    if len(sys.argv) > 1:
        with open(sys.argv[1]) as f:
            rows = [line for line in f if line[0].isdigit()]
        data = np.loadtxt(rows, delimiter=",")
        a, p, w = data[:, 0].astype(int), data[:, 1].astype(int), data[:, 2]
        print("%.17g,%.17g" % answers(a, p, w))
        return
    actual, predicted, weight = draw(*draw_args)
    values = answers(actual, predicted, weight)
    print("# %s, written by src/test/python/%s" % (title, sys.argv[0].split("/")[-1]))
    for name, value in zip(names, values):
        print("# %s=%.17g" % (name, value))
    print("actual,predicted,weight")
    for a, p, w in zip(actual, predicted, weight):
        print("%d,%d,%s" % (a, p, w))
