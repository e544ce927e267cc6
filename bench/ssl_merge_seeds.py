#!/usr/bin/env python3
"""Merges the per-seed result lines of SelfSupervisedBenchmark runs made in separate processes (one
per seed, --seeds N) into the page's table and paired differences, as the benchmark writes them for
one process: mean (sd with n - 1) over the seeds, and per-seed differences against SimCLR on D_i.

Usage: ssl_merge_seeds.py <stdout of each run>...
Reads the lines "seed <s>\t<configuration>\tmany <x>\tmedium <x>\tfew <x>\tall <x>".
"""
import statistics
import sys

rows = {}  # configuration -> seed -> [many, medium, few, all]
order = []
for path in sys.argv[1:]:
    for line in open(path):
        f = line.rstrip("\n").split("\t")
        if len(f) != 6 or not f[0].startswith("seed "):
            continue
        seed = int(f[0].split()[1])
        cfg = f[1]
        if cfg not in rows:
            rows[cfg] = {}
            order.append(cfg)
        rows[cfg][seed] = [float(x.split()[1]) for x in f[2:]]

canonical = ["SimCLR on D_b", "SimCLR on D_i", "SDCLR on D_i", "BCL on D_i", "GH on D_i"]
order = [c for c in canonical if c in rows] + [c for c in order if c not in canonical]


def mean_sd(v):
    m = statistics.mean(v)
    sd = statistics.stdev(v) if len(v) > 1 else 0.0
    return "%.1f (%.1f)" % (m, sd)


print("| pre-training | many | medium | few | all | seeds |\n|---|---:|---:|---:|---:|---|")
for c in order:
    seeds = sorted(rows[c])
    cells = [mean_sd([rows[c][s][g] for s in seeds]) for g in range(4)]
    print("| %s | %s | %s |" % (c, " | ".join(cells), ", ".join(map(str, seeds))))

base = rows.get("SimCLR on D_i")
if base:
    print("\nPaired differences (per seed, then their mean), percentage points:\n")
    print("| | few | all |\n|---|---:|---:|")
    for c in order:
        if c == "SimCLR on D_i":
            continue
        seeds = [s for s in sorted(rows[c]) if s in base]
        if not seeds:
            continue
        name = "D_b - D_i (SimCLR)" if c == "SimCLR on D_b" else c.replace(" on D_i", "") + " - SimCLR on D_i"
        cells = []
        for g in (2, 3):
            d = [rows[c][s][g] - base[s][g] for s in seeds]
            cells.append("%+.2f (%s)" % (statistics.mean(d), ", ".join("%+.2f" % x for x in d)))
        print("| %s | %s |" % (name, " | ".join(cells)))
