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

import java.io.DataOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

import weka.core.Instances;
import weka.imbalance.nn.Adam;
import weka.imbalance.nn.LearningRateSchedule;
import weka.imbalance.nn.Network;
import weka.imbalance.ssl.Augmenter;
import weka.imbalance.ssl.ContrastiveTrainer;
import weka.imbalance.ssl.SimCLR;

/**
 * Issue 17's speed target: one SimCLR pre-training epoch on the long-tailed Fashion-MNIST subset
 * (rho = 100, {@code --nmax} images of the largest class), ours against the same step in PyTorch
 * ({@code bench/torch_simclr.py}: same encoder 784-256, head 256-256-64, batch 256, augmentation of
 * {@code -image 28x28 -mask 0.1 -noise 0.1}, temperature 0.2, Adam), alternated in rounds with 1 and
 * 2 threads each. Each contender trains a fresh network for {@code --epochs} timed epochs after one
 * untimed warm-up epoch. The figures are the lead's, taken on a quiet machine.
 *
 * <p>Usage: {@code bench/run SelfSupervisedEpochBenchmark [--nmax 6000] [--rounds 3] [--epochs 1]}
 */
public final class SelfSupervisedEpochBenchmark {

  private SelfSupervisedEpochBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    BenchArgs a = new BenchArgs(args, "--nmax", "--rounds", "--epochs");
    int nMax = a.getInt("--nmax", 6000);
    int rounds = a.getInt("--rounds", 3);
    int epochs = a.getInt("--epochs", 1);
    Instances di = LongTailData.longTail(LongTailData.load("fashion-mnist-train.arff.gz"), nMax, 100, 42);
    File raw = new File("target/ssl-epoch-di.f32");
    raw.getParentFile().mkdirs();
    try (DataOutputStream out = new DataOutputStream(new FileOutputStream(raw))) {
      ByteBuffer b = ByteBuffer.allocate(4 * 784).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < di.numInstances(); i++) {
        b.clear();
        for (int p = 0; p < 784; p++) {
          b.putFloat((float) di.instance(i).value(p));
        }
        out.write(b.array());
      }
    }
    Rounds r = new Rounds();
    for (int threads = 1; threads <= 2; threads++) {
      final int t = threads;
      r.add("ours|" + t, () -> {
        Augmenter aug = new Augmenter(di, 0.1, 0.1, 28, 28, 0.3, true);
        Network net = new Network(new int[] { 784, 256, 256, 64 }, false);
        Random rand = new Random(1);
        net.initialise(rand);
        ContrastiveTrainer trainer = new ContrastiveTrainer(net, 1, new Adam(), new SimCLR(), aug, 0.2, 256, t);
        LearningRateSchedule lr = new LearningRateSchedule(1e-3, 0, LearningRateSchedule.Shape.CONSTANT,
          new double[0], 1);
        trainer.train(di, 1, lr, 1e-4, rand); // warm-up, not timed
        return Rounds.inJvm(() -> trainer.train(di, epochs, lr, 1e-4, rand)).run();
      });
    }
    String py = new File("/usr/bin/python3").exists() ? "/usr/bin/python3" : "python3";
    PerThreadWorkers torch = new PerThreadWorkers(py, new String[] {"bench/torch_simclr.py", raw.getPath()}, 2);
    for (int threads = 1; threads <= 2; threads++) {
      final int t = threads;
      r.add("PyTorch|" + t, () -> {
        String reply = torch.request(t, epochs + " " + t);
        if (reply == null || !reply.startsWith("seconds=")) {
          System.out.println("# PyTorch failed: " + reply);
          return null;
        }
        String[] f = reply.split(" ");
        return new Rounds.Sample(Double.parseDouble(f[0].substring(8)) * epochs, Double.parseDouble(f[1]
          .substring(4)) * epochs, f[2]);
      });
    }
    MachineLoad load = MachineLoad.start();
    r.run(rounds);
    load.stop();
    torch.close();
    System.out.printf("%nFashion-MNIST-LT (%d images), %d alternated rounds of %d timed epoch(s)%n%n",
      di.numInstances(), rounds, epochs);
    System.out.println("| contender | threads | s per timed run, wall: median (range) [CPU] |");
    System.out.println("|---|---:|---:|");
    for (String name : new String[] { "ours|1", "ours|2", "PyTorch|1", "PyTorch|2" }) {
      String[] nt = name.split("\\|");
      System.out.printf("| %s | %s | %s |%n", nt[0], nt[1], r.cell(name));
    }
    String ours = r.medianWall("ours|1") <= r.medianWall("ours|2") ? "ours|1" : "ours|2";
    String best = r.medianWall("PyTorch|1") <= r.medianWall("PyTorch|2") ? "PyTorch|1" : "PyTorch|2";
    System.out.printf("%nPyTorch's best / ours' best: %s%n", r.ratio(best, ours));
    System.out.println("- " + load.summary());
  }
}
