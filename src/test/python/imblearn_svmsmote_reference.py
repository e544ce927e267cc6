#!/usr/bin/env python3
"""imbalanced-learn's SVMSMOTE as an independent reference for SVMSMOTE (SVMSMOTEVsImblearnTest).

    /usr/bin/python3 src/test/python/imblearn_svmsmote_reference.py --random \
        > src/test/resources/weka/imbalance/imblearn-svmsmote-random-input.csv
    for d in src/test/resources/weka/imbalance/imblearn-oversampling-input.csv \
             src/test/resources/weka/imbalance/imblearn-svmsmote-random-input.csv data/glass4.arff data/pima.arff; do
      /usr/bin/python3 src/test/python/imblearn_svmsmote_reference.py $d > <reference for d>
    done

With several files, each one's output follows a line "data,<file>" (one Python start for the
test's live run).

--random draws two classes in 5 numeric dimensions, uniform on overlapping boxes (240 and 60
points). With a data file (CSV as written by the over-sampling script, or a numeric ARFF whose last
attribute is the class), it fits imbalanced-learn's SVMSMOTE with its defaults (k=5, m=10,
out_step=0.5, SVC(), 'auto': every class to the majority count; raw values) and prints
    counts,n0,n1,...                   the class counts after resampling
    danger,c,r1,r2,...                 the 0-based rows of class c's support vectors in danger
    safe,c,r1,r2,...                   ... not in danger and not noise
    noise,c,r1,r2,...                  ... whose m neighbours are all of other classes
for every class c raised.
"""
import sys

import numpy as np

SEED = 20261130


def draw():
    rng = np.random.default_rng(SEED + 1)
    big = rng.uniform(0, 1, (240, 5))
    small = rng.uniform(0.5, 1.3, (60, 5))
    print("# x0..x4,class (written by src/test/python/imblearn_svmsmote_reference.py --random)")
    for rows, c in [(big, 0), (small, 1)]:
        for r in rows:
            print(",".join("%.17g" % v for v in r) + ",%d" % c)


def load(path):
    if path.endswith(".arff"):
        from scipy.io import arff
        data, meta = arff.loadarff(path)
        names = meta.names()
        labels = list(meta[names[-1]][1])
        x = np.array([[float(r[n]) for n in names[:-1]] for r in data])
        y = np.array([labels.index(r[names[-1]].decode()) for r in data])
        return x, y
    data = np.loadtxt(path, delimiter=",", comments="#")
    return data[:, :-1], data[:, -1].astype(int)


def run(path):
    import imblearn
    from imblearn.over_sampling import SVMSMOTE
    x, y = load(path)
    sampler = SVMSMOTE(random_state=SEED % 2**31)
    xr, yr = sampler.fit_resample(x, y)
    print("# imbalanced-learn %s %r on %s" % (imblearn.__version__, sampler, path))
    print("counts," + ",".join(str(int((yr == c).sum())) for c in range(int(y.max()) + 1)))
    for c, n in sampler.sampling_strategy_.items():
        if n == 0:
            continue
        # the same steps as SVMSMOTE._fit_resample, keeping the rows
        sampler.svm_estimator_.fit(x, y)
        support = sampler.svm_estimator_.support_
        support = support[y[support] == c]
        sampler.nn_m_.fit(x)
        noise = sampler._in_danger_noise(sampler.nn_m_, x[support], c, y, kind="noise")
        kept = support[~noise]
        danger = sampler._in_danger_noise(sampler.nn_m_, x[kept], c, y, kind="danger")
        for name, rows in (("danger", kept[danger]), ("safe", kept[~danger]), ("noise", support[noise])):
            print("%s,%d," % (name, c) + ",".join(str(r) for r in sorted(rows)))


if __name__ == "__main__":
    if sys.argv[1:] == ["--random"]:
        draw()
    else:
        # several files: each one's output follows a line "data,<file>"
        for path in sys.argv[1:]:
            if len(sys.argv) > 2:
                print("data," + path)
            run(path)
