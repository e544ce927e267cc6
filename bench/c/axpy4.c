/*
 * The loop of weka.imbalance.nn.Kernels.axpy4 in C, for KernelLoopProbe: the same chain of four
 * fused multiply-adds per entry, the same arrays (one output row, four input rows of a set of
 * eight, rotating), so that the JIT's code can be compared with a C compiler's on this machine.
 * Usage: axpy4 <length> <calls>; prints nanoseconds per element of the best of five passes.
 * GPL-3.0, like the rest of the package.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

__attribute__((noinline)) static void axpy4(int n, float a0, float a1, float a2, float a3, const float *restrict x0,
    const float *restrict x1, const float *restrict x2, const float *restrict x3, float *restrict y) {
  for (int j = 0; j < n; j++) {
    y[j] = fmaf(a3, x3[j], fmaf(a2, x2[j], fmaf(a1, x1[j], fmaf(a0, x0[j], y[j]))));
  }
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long calls = atol(argv[2]);
  float *x[8];
  for (int s = 0; s < 8; s++) {
    x[s] = malloc(sizeof(float) * n);
    for (int j = 0; j < n; j++) {
      x[s][j] = (float) ((s * 31 + j * 7) % 13) * 1e-3f;
    }
  }
  float *y = calloc(n, sizeof(float));
  double best = 1e30;
  for (int pass = 0; pass < 5; pass++) {
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long c = 0; c < calls; c++) {
      int s = (int) (c & 3);
      axpy4(n, 1e-3f, 2e-3f, 3e-3f, 4e-3f, x[s], x[s + 1], x[s + 2], x[s + 3], y);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ns = ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) / ((double) calls * n);
    if (ns < best) {
      best = ns;
    }
  }
  printf("%.4f %g\n", best, y[0]);
  return 0;
}
