#!/usr/bin/env python3
"""imbalanced-learn's cleaning rules and under-samplers as an independent reference for the
package's (CleaningRulesVsImblearnTest): which instances each keeps on fixed data.

    /usr/bin/python3 src/test/python/imblearn_cleaning_reference.py --input DIR
        writes the data sets DIR/imblearn-cleaning-<name>.csv (numeric attributes, class last;
        ecoli is read from data/ecoli.arff)
    /usr/bin/python3 src/test/python/imblearn_cleaning_reference.py DIR \\
        > src/test/resources/weka/imbalance/imblearn-cleaning-reference.txt
        prints one line per data set and method: name, method, the kept row indices (0-based)
    /usr/bin/python3 src/test/python/imblearn_cleaning_reference.py --clean FILE enn-all tomek-all
        the cleaning step of SMOTE + ENN / SMOTE + Tomek on over-sampled data, a line per method
        (a live check only)

Distances are imbalanced-learn's: Euclidean on the raw values (the Weka filters' -scaling none).
Ties: on data sets whose distances tie (the integer grid, ecoli's two-decimal values) nearest
neighbours are not unique, scikit-learn's KD-tree and brute force each break ties their own way
(neither by index), and no implementation can match them instance for instance. On those sets the
script replaces scikit-learn's NearestNeighbors inside imbalanced-learn by an exact search that
breaks ties by the smaller index (the package's documented rule), so that imbalanced-learn's rules
themselves are still what is compared. The tie sets are stored grouped by class (ecoli already
is): repeated ENN and All-kNN regroup the data by class between rounds, which would otherwise change
which of two tied instances has the smaller index. The tie-free sets run imbalanced-learn untouched.
NeighbourhoodCleaningRule: imbalanced-learn 0.10 selects the classes to clean by comparing their
size with the data size (threshold_cleaning * n); the paper (and imbalanced-learn 0.12) compare
with the minority's size. The script passes the threshold that makes 0.10's test the paper's
(size >= 0.5 * minority size), and kind_sel='mode' (0.10's 'all' reads the labels as booleans).
"""
import os
import sys

import numpy as np

SEED = 20261130
SETS = {"blobs2": False, "blobs3": False, "grid3": True, "ecoli": True}  # name: ties


def draw(directory):
    rng = np.random.default_rng(SEED)
    sets = {}
    x = np.vstack([rng.normal(0, 1, (240, 2)), rng.normal(1.2, 0.8, (40, 2))])
    sets["blobs2"] = (x, np.repeat([0, 1], [240, 40]))
    x = np.vstack([rng.normal(0, 1, (150, 4)), rng.normal(0.8, 1, (60, 4)), rng.normal(-0.6, 0.7, (25, 4))])
    sets["blobs3"] = (x, np.repeat([0, 1, 2], [150, 60, 25]))
    cells = rng.permutation(26 * 26)[:300]
    x = np.column_stack([cells // 26, cells % 26]).astype(float)
    y = np.where(x[:, 0] + rng.integers(-4, 5, 300) < 8, 2, np.where(x[:, 1] + rng.integers(-5, 6, 300) < 12, 1, 0))
    order = np.argsort(y, kind="stable")  # grouped by class: see the docstring
    sets["grid3"] = (x[order], y[order])
    sets["ecoli"] = ecoli()
    for name, (x, y) in sets.items():
        with open(os.path.join(directory, "imblearn-cleaning-%s.csv" % name), "w") as f:
            f.write("# %s: %d instances, class last (written by src/test/python/imblearn_cleaning_reference.py)\n"
                    % (name, len(y)))
            for row, c in zip(x, y):
                f.write(",".join("%.17g" % v for v in row) + ",%d\n" % c)


def ecoli():
    here = os.path.dirname(os.path.abspath(__file__))
    rows, labels, values = [], [], None
    with open(os.path.join(here, "..", "..", "..", "data", "ecoli.arff")) as f:
        for line in f:
            line = line.strip()
            if line.lower().startswith("@attribute location"):
                values = line[line.index("{") + 1:line.index("}")].split(",")
            elif line and not line.startswith(("@", "%")):
                parts = line.split(",")
                rows.append([float(v) for v in parts[:-1]])
                labels.append(values.index(parts[-1]))
    return np.array(rows), np.array(labels)


def stable_neighbours():
    """Replaces scikit-learn's NearestNeighbors inside imbalanced-learn by an exact search whose ties
    go to the smaller index (squared differences summed attribute by attribute, as the package)."""
    from sklearn.neighbors import NearestNeighbors
    import imblearn.utils._validation as validation
    import imblearn.under_sampling._prototype_selection._tomek_links as tomek

    class StableNeighbours(NearestNeighbors):
        def kneighbors(self, X=None, n_neighbors=None, return_distance=True):
            k = n_neighbors or self.n_neighbors
            fit = np.asarray(self._fit_X, dtype=float)
            X = np.asarray(X, dtype=float)
            d = np.zeros((X.shape[0], fit.shape[0]))
            for a in range(X.shape[1]):
                d += (X[:, None, a] - fit[None, :, a]) ** 2
            idx = np.argsort(d, axis=1, kind="stable")[:, :k]
            return (np.sqrt(np.take_along_axis(d, idx, axis=1)), idx) if return_distance else idx

    validation.NearestNeighbors = StableNeighbours
    tomek.NearestNeighbors = StableNeighbours


def run(directory):
    import imblearn
    from imblearn.under_sampling import (AllKNN, EditedNearestNeighbours, NearMiss,
                                         NeighbourhoodCleaningRule, RepeatedEditedNearestNeighbours, TomekLinks)
    print("# kept row indices by imbalanced-learn %s (src/test/python/imblearn_cleaning_reference.py)"
          % imblearn.__version__)
    for name, ties in SETS.items():
        if ties:
            stable_neighbours()
        data = np.loadtxt(os.path.join(directory, "imblearn-cleaning-%s.csv" % name), delimiter=",", comments="#")
        x, y = data[:, :-1], data[:, -1].astype(int)
        counts = np.bincount(y)
        n_min = counts[counts > 0].min()
        samplers = {
            "tomek": TomekLinks(),
            "tomek-all": TomekLinks(sampling_strategy="all"),
            "enn": EditedNearestNeighbours(),
            "enn-mode": EditedNearestNeighbours(kind_sel="mode"),
            "enn-all": EditedNearestNeighbours(sampling_strategy="all"),
            "enn-5": EditedNearestNeighbours(n_neighbors=5),
            "renn": RepeatedEditedNearestNeighbours(),
            "renn-mode": RepeatedEditedNearestNeighbours(kind_sel="mode"),
            "allknn": AllKNN(),
            "allknn-allow": AllKNN(allow_minority=True),
            "ncr": NeighbourhoodCleaningRule(kind_sel="mode", threshold_cleaning=(0.5 * n_min - 0.5) / len(y)),
            "nearmiss1": NearMiss(version=1),
            "nearmiss2": NearMiss(version=2),
            "nearmiss3": NearMiss(version=3),
        }
        for method, sampler in samplers.items():
            sampler.fit_resample(x, y)
            kept = np.sort(sampler.sample_indices_)
            assert len(np.unique(kept)) == len(kept)
            print("%s %s %s" % (name, method, " ".join(str(i) for i in kept)))


def clean(path, methods):
    """The cleaning step of SMOTE + ENN and SMOTE + Tomek (imbalanced-learn's defaults: every class
    may lose instances) on a file of over-sampled data: per method, the kept row indices on a line."""
    from imblearn.under_sampling import EditedNearestNeighbours, TomekLinks
    data = np.loadtxt(path, delimiter=",", comments="#")
    x, y = data[:, :-1], data[:, -1].astype(int)
    for method in methods:
        sampler = {"enn-all": EditedNearestNeighbours(sampling_strategy="all"),
                   "tomek-all": TomekLinks(sampling_strategy="all")}[method]
        sampler.fit_resample(x, y)
        print(" ".join(str(i) for i in np.sort(sampler.sample_indices_)))


if __name__ == "__main__":
    if sys.argv[1] == "--input":
        draw(sys.argv[2])
    elif sys.argv[1] == "--clean":
        clean(sys.argv[2], sys.argv[3:])
    else:
        run(sys.argv[1])
