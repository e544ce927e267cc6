#!/usr/bin/env python3
"""imbalanced-learn's KMeansSMOTE as an independent reference for KMeansSMOTE's allocation
(KMeansSMOTEVsImblearnTest), on data whose clustering is certain.

    /usr/bin/python3 src/test/python/imblearn_kmeanssmote_reference.py --input \
        > src/test/resources/weka/imbalance/imblearn-kmeanssmote-input.csv
    /usr/bin/python3 src/test/python/imblearn_kmeanssmote_reference.py \
        src/test/resources/weka/imbalance/imblearn-kmeanssmote-input.csv \
        > src/test/resources/weka/imbalance/imblearn-kmeanssmote-reference.csv

--input draws three blobs 10 apart in 2 dimensions: blob 0 holds 30 instances of class 0 and 30 of
class 1 (spread 0.3), blob 1 30 and 40 (spread 1.0), blob 2 50 and 5. With the file, it runs
KMeansSMOTE with 3 clusters (MiniBatchKMeans), density_exponent=2, k_neighbors=2 and the 'auto'
threshold, and prints
    counts,n0,n1                  the class counts after resampling
    perblob,g0,g1,g2              the synthetic instances in each blob (nearest blob centre)
"""
import sys

import numpy as np

SEED = 20261130
CENTRES = np.array([[0, 0], [10, 0], [0, 10]])


def draw():
    rng = np.random.default_rng(SEED + 2)
    print("# x,y,class (written by src/test/python/imblearn_kmeanssmote_reference.py --input)")
    for b, (n0, n1, sd1) in enumerate([(30, 30, 0.3), (30, 40, 1.0), (50, 5, 0.5)]):
        for c, n, sd in ((0, n0, 0.5), (1, n1, sd1)):
            for p in CENTRES[b] + rng.normal(0, sd, (n, 2)):
                print("%.17g,%.17g,%d" % (p[0], p[1], c))


def run(path):
    import imblearn
    from imblearn.over_sampling import KMeansSMOTE
    from sklearn.cluster import MiniBatchKMeans
    data = np.loadtxt(path, delimiter=",", comments="#")
    x, y = data[:, :2], data[:, 2].astype(int)
    seed = SEED % 2**31
    sampler = KMeansSMOTE(kmeans_estimator=MiniBatchKMeans(n_clusters=3, n_init=3, random_state=seed),
                          density_exponent=2, k_neighbors=2, random_state=seed)
    xr, yr = sampler.fit_resample(x, y)
    print("# imbalanced-learn %s %s" % (imblearn.__version__, " ".join(repr(sampler).split())))
    print("counts," + ",".join(str(int((yr == c).sum())) for c in range(2)))
    new = xr[len(y):]
    blob = np.argmin(((new[:, None, :] - CENTRES[None, :, :]) ** 2).sum(axis=2), axis=1)
    print("perblob," + ",".join(str(int((blob == b).sum())) for b in range(3)))


if __name__ == "__main__":
    if sys.argv[1:] == ["--input"]:
        draw()
    else:
        run(sys.argv[1])
