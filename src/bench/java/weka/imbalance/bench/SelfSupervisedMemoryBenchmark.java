/*
 *   This program is free software: you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation, either version 3 of the License, or
 *   (at your option) any later version.
 *
 *   This program is distributed in the hope that it will be useful,
 *   but WITHOUT ANY WARRANTY; without even the implied warranty of
 *   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 *   GNU General Public License for more details.
 *
 *   You should have received a copy of the GNU General Public License
 *   along with this program.  If not, see <http://www.gnu.org/licenses/>.
 */

package weka.imbalance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.ContrastiveRepresentation;

/**
 * Issue 17's memory target: ContrastiveRepresentation pre-trained on all 60,000 Fashion-MNIST
 * training images in a 4 GB heap (bench/run starts the JVM with -Xmx4g). Runs one epoch (the
 * memory of training does not grow with the epochs: the views of one mini-batch at a time) with the
 * default encoder and head and {@code -image 28x28}, transforms the 60,000 images, and prints the
 * peak heap: the sum over the heap's memory pools of their peak usage, which bounds the live heap
 * from above. Memory, not time.
 *
 * <p>Usage: {@code bench/run SelfSupervisedMemoryBenchmark [--epochs 1] [--threads 2]}
 */
public final class SelfSupervisedMemoryBenchmark {

  private SelfSupervisedMemoryBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    BenchArgs a = new BenchArgs(args, "--epochs", "--threads");
    Instances train = LongTailData.load("fashion-mnist-train.arff.gz");
    ContrastiveRepresentation f = new ContrastiveRepresentation();
    f.setOptions(Utils.splitOptions("-image 28x28 -epochs " + a.getInt("--epochs", 1) + " -num-threads "
      + a.getInt("--threads", 2)));
    f.setInputFormat(train);
    Instances out = Filter.useFilter(train, f);
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "%d images pre-trained (%s), %d x %d out; max heap %.0f MB, peak heap used "
      + "(sum of the heap pools' peaks) %.0f MB%n", train.numInstances(), Utils.joinOptions(f.getOptions()), out
        .numInstances(), out.numAttributes(), Runtime.getRuntime().maxMemory() / 1e6, peak / 1e6);
  }
}
