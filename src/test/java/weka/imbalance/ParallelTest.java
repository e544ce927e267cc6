package weka.imbalance;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

public class ParallelTest {

  @Test
  public void everyIndexOnceInContiguousRangesForAnyThreadCount() throws Exception {
    for (int threads : new int[] {1, 2, 3, 8}) {
      for (int n : new int[] {0, 1, 7, 100, 1001}) {
        int[] hits = new int[n];
        AtomicInteger calls = new AtomicInteger();
        Parallel.forRange(threads, n, 10, (from, to) -> {
          calls.incrementAndGet();
          for (int i = from; i < to; i++) {
            hits[i]++;
          }
        });
        int[] ones = new int[n];
        java.util.Arrays.fill(ones, 1);
        assertArrayEquals("threads " + threads + ", n " + n, ones, hits);
        assertEquals(Parallel.ranges(threads, n, 10), calls.get());
      }
    }
    assertEquals(1, Parallel.ranges(8, 19, 10));
    assertEquals(3, Parallel.ranges(3, 1000, 10));
  }

  @Test
  public void aFailureInAnyRangeIsRethrownAndNoThreadIsLeftRunning() throws Exception {
    int before = Thread.activeCount();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forRange(4, 400, 1,
      (from, to) -> {
        if (from > 0) {
          throw new IllegalStateException("range " + from);
        }
      }));
    assertEquals("range 100", e.getMessage());
    for (int i = 0; i < 100 && Thread.activeCount() > before; i++) {
      Thread.sleep(10);
    }
    assertEquals(before, Thread.activeCount());
  }
}
