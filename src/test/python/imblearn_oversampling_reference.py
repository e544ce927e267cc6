#!/usr/bin/env python3
"""imbalanced-learn's over-samplers as an independent reference for ADASYN, BorderlineSMOTE and
RandomOverSampler (OversamplersVsImblearnTest).

    /usr/bin/python3 src/test/python/imblearn_oversampling_reference.py --input \
        > src/test/resources/weka/imbalance/imblearn-oversampling-input.csv
    for m in adasyn borderline ros; do
      /usr/bin/python3 src/test/python/imblearn_oversampling_reference.py $m \
          src/test/resources/weka/imbalance/imblearn-oversampling-input.csv \
          > src/test/resources/weka/imbalance/imblearn-$m-reference.csv
    done

--input draws three classes in 3 numeric dimensions that overlap (class 0: 500 Gaussian points;
class 1: a curved band of 150; class 2: 60 points in a small blob inside the others), so that
ADASYN's density ratios and Borderline-SMOTE's danger set are not trivial. With a mode and the file,
it runs imbalanced-learn's sampler with its defaults ('auto': every class to the majority count;
raw Euclidean distance) and prints
    counts,n0,n1,n2                    the class counts after resampling
    perbase,c,g1,g2,...                ADASYN: synthetic instances per instance of class c (in data
                                       order), decoded from the output (each synthetic instance lies
                                       on the segment from its base to one of the base's 5 nearest
                                       same-class neighbours; imbalanced-learn writes them base by base)
    danger,c,r1,r2,...                 Borderline-SMOTE: the 0-based rows of class c in danger
    synthetic,c,x0,x1,x2               every synthetic instance
"""
import sys

import numpy as np

SEED = 20261130


def draw():
    rng = np.random.default_rng(SEED)
    rest = rng.normal(0, 1.5, (500, 3)) + [0, 0.5, 1.5]
    t = rng.uniform(0, np.pi, 150)
    band = np.column_stack([np.cos(t) * 3, np.sin(t) * 2, t]) + rng.normal(0, 0.25, (150, 3))
    blob = rng.normal(0, 0.8, (60, 3)) + [1.5, 0.5, 1.0]
    print("# x0,x1,x2,class (written by src/test/python/imblearn_oversampling_reference.py --input)")
    for rows, c in [(rest, 0), (band, 1), (blob, 2)]:
        for r in rows:
            print("%.17g,%.17g,%.17g,%d" % (r[0], r[1], r[2], c))


def decode_bases(x_class, new):
    """Per instance of the class, how many of the new points lie on a segment from it to one of its
    5 nearest same-class neighbours (scikit-learn's exact search); checks the base-by-base order."""
    from sklearn.neighbors import NearestNeighbors
    nns = NearestNeighbors(n_neighbors=6).fit(x_class).kneighbors(x_class, return_distance=False)[:, 1:]
    counts = np.zeros(len(x_class), dtype=int)
    last = 0
    for s in new:
        found = None
        for b in range(last, len(x_class)):
            d = x_class[nns[b]] - x_class[b]
            t = np.einsum("ij,j->i", d, s - x_class[b]) / np.einsum("ij,ij->i", d, d)
            res = np.linalg.norm(x_class[b] + t[:, None] * d - s, axis=1)
            if ((res < 1e-9) & (t >= -1e-12) & (t <= 1 + 1e-12)).any():
                found = b
                break
        assert found is not None, "a synthetic instance on no segment"
        counts[found] += 1
        last = found
    return counts


def run(mode, path):
    import imblearn
    from imblearn.over_sampling import ADASYN, BorderlineSMOTE, RandomOverSampler
    data = np.loadtxt(path, delimiter=",", comments="#")
    x, y = data[:, :3], data[:, 3].astype(int)
    seed = SEED % 2**31
    if mode == "adasyn":
        sampler = ADASYN(n_neighbors=5, random_state=seed)
    elif mode == "borderline":
        sampler = BorderlineSMOTE(k_neighbors=5, m_neighbors=10, kind="borderline-1", random_state=seed)
    else:
        sampler = RandomOverSampler(shrinkage=1.0, random_state=seed)
    xr, yr = sampler.fit_resample(x, y)
    print("# imbalanced-learn %s %r" % (imblearn.__version__, sampler))
    print("counts," + ",".join(str(int((yr == c).sum())) for c in range(3)))
    new_x, new_y = xr[len(y):], yr[len(y):]
    if mode == "adasyn":
        for c in (1, 2):
            g = decode_bases(x[y == c], new_x[new_y == c])
            print("perbase,%d," % c + ",".join(str(v) for v in g))
    if mode == "borderline":
        sampler._validate_estimator()
        sampler.nn_m_.fit(x)
        for c in (1, 2):
            rows = np.flatnonzero(y == c)
            danger = sampler._in_danger_noise(sampler.nn_m_, x[rows], c, y, kind="danger")
            print("danger,%d," % c + ",".join(str(r) for r in rows[danger]))
    for s, c in zip(new_x, new_y):
        print("synthetic,%d,%.17g,%.17g,%.17g" % (c, s[0], s[1], s[2]))


if __name__ == "__main__":
    if sys.argv[1:] == ["--input"]:
        draw()
    else:
        run(sys.argv[1], sys.argv[2])
