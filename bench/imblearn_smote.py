#!/usr/bin/env python3
"""Reference contender of SmoteBenchmark and KnnBenchmark: imbalanced-learn's SMOTE and
scikit-learn's NearestNeighbors, timed on data written by the benchmark.

A worker: answers one request per line of stdin with one line on stdout, so that the benchmark can
alternate it with its own contenders without paying Python's start-up and imports each time.

  smote X.bin y.bin n d k seed strategy threads
      -> rows=<output rows> seconds=<wall> cpu=<process cpu>
      imbalanced-learn's SMOTE(k_neighbors=k, random_state=seed, sampling_strategy=strategy)
      .fit_resample; strategy is 'not majority' or 'c1:t1,c2:t2' (class index: target count)
  knn X.bin n d k threads [out.bin]
      -> seconds=<wall> cpu=<process cpu> method=<algorithm chosen>
      what SMOTE does to find neighbours: NearestNeighbors(n_neighbors=k + 1).fit(X)
      .kneighbors(X), the first column (the point itself) dropped; writes the neighbours (int32,
      n x k, little-endian) to out.bin if given
  sampler name X.bin y.bin n d seed threads
      -> rows=<output rows> seconds=<wall> cpu=<process cpu>
      the fit_resample of the imbalanced-learn sampler SAMPLERS[name] with its defaults (SamplerBenchmark)
  quit

One request in a fresh process (the benchmarks' default: a long-lived process made the same
fit_resample about 30% slower than a fresh one at 100,000 instances, same iterations and support
vectors; a process's first call pays its first touch of memory): after the same request untimed on
the first 256 rows, two calls on the data, the reply of the faster:
  imblearn_smote.py --once <request as above, e.g. knn X.bin n d k threads out.bin>
  prints "call" before the first timed call and "call <reply>" before the second (so that a caller
  can stop a call that runs past its time limit), then the reply of the faster on the last line.

Also a one-shot command line, the whole process of SamplerBenchmark's command-line row:
  imblearn_smote.py --cli name in.csv out.csv seed [threads]
      reads the CSV (numeric attributes, class last), fit_resample with threads BLAS/OpenMP threads
      (default 0 = as installed; SamplerBenchmark gives 1, as to the worker), writes the CSV, then
      prints "fit seconds=<wall> cpu=<process cpu>" of the fit_resample alone

X.bin: n*d float64 little-endian, row-major; y.bin: n int32 little-endian. threads: the BLAS and
OpenMP threads (threadpoolctl), 0 = as installed. Only the fit is timed (reading is not); wall time
is perf_counter, CPU time is process_time (all threads of the process).
"""
import sys
import time

import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.neighbors import NearestNeighbors
from threadpoolctl import threadpool_limits


def timed(threads, work):
    limits = None if threads == 0 else threads
    with threadpool_limits(limits=limits):
        w0, c0 = time.perf_counter(), time.process_time()
        out = work()
        w1, c1 = time.perf_counter(), time.process_time()
    return out, w1 - w0, c1 - c0


def smote(xf, yf, n, d, k, seed, strategy, threads):
    X = np.fromfile(xf, dtype='<f8', count=int(n) * int(d)).reshape(int(n), int(d))
    y = np.fromfile(yf, dtype='<i4', count=int(n))
    if ':' in strategy:
        strategy = {int(c): int(t) for c, t in (p.split(':') for p in strategy.split(','))}
    sm = SMOTE(k_neighbors=int(k), random_state=int(seed), sampling_strategy=strategy)
    (Xr, yr), wall, cpu = timed(int(threads), lambda: sm.fit_resample(X, y))
    return "rows=%d seconds=%.4f cpu=%.4f" % (len(yr), wall, cpu)


def knn(xf, n, d, k, threads, out=None):
    X = np.fromfile(xf, dtype='<f8', count=int(n) * int(d)).reshape(int(n), int(d))
    nn = NearestNeighbors(n_neighbors=int(k) + 1)
    ind, wall, cpu = timed(int(threads), lambda: nn.fit(X).kneighbors(X, return_distance=False))
    if out is not None:
        ind[:, 1:].astype('<i4').tofile(out)
    return "seconds=%.4f cpu=%.4f method=%s" % (wall, cpu, nn._fit_method)


def make_sampler(name, seed):
    """imbalanced-learn's counterpart of each sampler of SamplerBenchmark, with its defaults."""
    from imblearn import over_sampling as o, under_sampling as u, combine as c
    seed = int(seed)
    makers = {
        'smote': lambda: o.SMOTE(random_state=seed),
        'adasyn': lambda: o.ADASYN(random_state=seed),
        'borderline': lambda: o.BorderlineSMOTE(random_state=seed),
        'svmsmote': lambda: o.SVMSMOTE(random_state=seed),
        'kmeanssmote': lambda: o.KMeansSMOTE(random_state=seed),
        'ros': lambda: o.RandomOverSampler(random_state=seed),
        'rose': lambda: o.RandomOverSampler(shrinkage=1.0, random_state=seed),
        'rus': lambda: u.RandomUnderSampler(random_state=seed),
        'tomek': lambda: u.TomekLinks(),
        'enn': lambda: u.EditedNearestNeighbours(),
        'renn': lambda: u.RepeatedEditedNearestNeighbours(),
        'allknn': lambda: u.AllKNN(),
        'ncr': lambda: u.NeighbourhoodCleaningRule(),
        'oss': lambda: u.OneSidedSelection(random_state=seed),
        'cnn': lambda: u.CondensedNearestNeighbour(random_state=seed),
        'nearmiss1': lambda: u.NearMiss(version=1),
        'nearmiss2': lambda: u.NearMiss(version=2),
        'nearmiss3': lambda: u.NearMiss(version=3),
        'cc': lambda: u.ClusterCentroids(random_state=seed),
        'iht': lambda: u.InstanceHardnessThreshold(random_state=seed),
        'iht-sqrt': lambda: u.InstanceHardnessThreshold(random_state=seed),
        'smoteenn': lambda: c.SMOTEENN(random_state=seed),
        'smotetomek': lambda: c.SMOTETomek(random_state=seed),
    }
    return makers[name]()


def sampler(name, xf, yf, n, d, seed, threads):
    X = np.fromfile(xf, dtype='<f8', count=int(n) * int(d)).reshape(int(n), int(d))
    y = np.fromfile(yf, dtype='<i4', count=int(n))
    s = make_sampler(name, seed)
    (Xr, yr), wall, cpu = timed(int(threads), lambda: s.fit_resample(X, y))
    return "rows=%d seconds=%.4f cpu=%.4f" % (len(yr), wall, cpu)


def cli(name, inf, outf, seed, threads='0'):
    data = np.loadtxt(inf, delimiter=",")
    s = make_sampler(name, seed)
    (Xr, yr), wall, cpu = timed(int(threads), lambda: s.fit_resample(data[:, :-1], data[:, -1].astype(int)))
    np.savetxt(outf, np.column_stack([Xr, yr]), delimiter=",", fmt="%.17g")
    print("fit seconds=%.4f cpu=%.4f" % (wall, cpu), flush=True)


# request name -> (function, number of arguments, index of n among them)
REQUESTS = {'smote': (smote, 8, 2), 'sampler': (sampler, 7, 3), 'knn': (knn, 6, 1)}


def serve(f):
    fn, nargs, _ = REQUESTS[f[0]]
    return fn(*f[1:1 + nargs])


def once(f):
    """One request in a fresh process: after the same request untimed on the data's first WARM_ROWS rows
    (lazy imports and first-call set-up), two calls on the data, each timed; the reply of the faster.
    The first call of a process pays its first touch of the memory (the slower one at 5,000 x 20), and
    a process that has run a large call before was up to 30% slower on the next (SVM-SMOTE at 100,000:
    same iterations and support vectors), so neither alone is the library's cost; the faster of the
    two is the more favourable to it."""
    fn, nargs, n_at = REQUESTS[f[0]]
    args = list(f[1:1 + nargs])
    warm = list(args)
    warm[n_at] = str(min(int(args[n_at]), WARM_ROWS))
    if f[0] == 'knn':
        warm = warm[:5]  # no neighbours written
    try:
        fn(*warm)
    except Exception:  # e.g. a class too small in the first rows: the timed calls do their set-up then
        pass
    print('call', flush=True)  # a caller with a time limit counts each call from here
    first = fn(*args)
    print('call ' + first, flush=True)
    second = fn(*args)
    return min(first, second, key=lambda reply: float(reply.split('seconds=')[1].split()[0]))


WARM_ROWS = 256


def main():
    for line in sys.stdin:
        # the strategy may contain a blank ('not majority'): it is quoted with | by the caller
        f = [p.replace('|', ' ') for p in line.split()]
        if not f:
            continue
        try:
            if f[0] == 'quit':
                break
            elif f[0] in REQUESTS:
                print(serve(f), flush=True)
            else:
                print("error=unknown request " + f[0], flush=True)
        except Exception as e:  # report and keep serving
            print("error=" + repr(e).replace('\n', ' '), flush=True)


if __name__ == '__main__':
    if sys.argv[1:2] == ['--cli']:
        cli(*sys.argv[2:7])
    elif sys.argv[1:2] == ['--once']:
        try:
            print(once([p.replace('|', ' ') for p in sys.argv[2:]]), flush=True)
        except Exception as e:  # the same reply as the worker's
            print("error=" + repr(e).replace('\n', ' '), flush=True)
    else:
        main()
