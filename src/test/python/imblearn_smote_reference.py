#!/usr/bin/env python3
"""imbalanced-learn's SMOTE as an independent reference for SMOTEWithUndersampling's output.

    /usr/bin/python3 src/test/python/imblearn_smote_reference.py --input \
        > src/test/resources/weka/imbalance/imblearn-smote-input.csv
    /usr/bin/python3 src/test/python/imblearn_smote_reference.py \
        src/test/resources/weka/imbalance/imblearn-smote-input.csv \
        > src/test/resources/weka/imbalance/imblearn-smote-reference.csv

--input draws the data (3 numeric attributes; class 1, the minority, is a curved band of 150
points, so that the neighbour graph matters; class 0 has 600 Gaussian points). With a file, it runs
imbalanced-learn's SMOTE (k = 5, class 1 raised by 1000%, one gap per synthetic instance on the
segment, unscaled Euclidean neighbours) and prints the synthetic instances only, one per line.
SMOTEWithUndersamplingVsImblearnTest compares their distribution with ours; both outputs are
random, so the comparison is statistical (two-sample Kolmogorov-Smirnov), never value by value.
"""
import sys

import numpy as np

K, EXTRA, SEED = 5, 1500, 20261130


def draw():
    rng = np.random.default_rng(SEED)
    t = rng.uniform(0, np.pi, 150)
    band = np.column_stack([np.cos(t) * 3, np.sin(t) * 2, t]) + rng.normal(0, 0.25, (150, 3))
    rest = rng.normal(0, 1.5, (600, 3)) + [0, -1, 1.5]
    print("# x0,x1,x2,class (written by src/test/python/imblearn_smote_reference.py --input)")
    for row, c in [(r, 0) for r in rest] + [(r, 1) for r in band]:
        print("%.17g,%.17g,%.17g,%d" % (row[0], row[1], row[2], c))


def smote(path):
    import imblearn
    from imblearn.over_sampling import SMOTE
    data = np.loadtxt(path, delimiter=",", comments="#")
    x, y = data[:, :3], data[:, 3].astype(int)
    n1 = int((y == 1).sum())
    sm = SMOTE(k_neighbors=K, sampling_strategy={1: n1 + EXTRA}, random_state=SEED % 2**31)
    xr, yr = sm.fit_resample(x, y)
    new = xr[len(y):]
    assert len(new) == EXTRA and (yr[len(y):] == 1).all()
    print("# synthetic instances of class 1 by imbalanced-learn %s SMOTE(k_neighbors=%d, random_state=%d)"
          % (imblearn.__version__, K, SEED % 2**31))
    for row in new:
        print("%.17g,%.17g,%.17g" % tuple(row))


if __name__ == "__main__":
    if sys.argv[1:] == ["--input"]:
        draw()
    else:
        smote(sys.argv[1])
