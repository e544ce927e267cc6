package weka.imbalance.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import weka.core.Instance;
import weka.core.Instances;

/**
 * The imbalanced-learn / scikit-learn contender of the SMOTE and kNN benchmarks: one long-lived
 * {@code bench/imblearn_smote.py} process that times SMOTE's fit_resample and the
 * NearestNeighbors search SMOTE uses, on data this class writes to temporary files. Unavailable
 * (every request answers null) when Python or the libraries are missing.
 */
public final class ImblearnWorker implements AutoCloseable {

  private final String m_Python;
  private Process m_Process;
  private PrintWriter m_In;
  private BufferedReader m_Out;
  /** Why the last request gave no figure, or null. */
  private String m_LastFailure;
  private final Path m_Dir;
  private final String m_Versions;
  private boolean m_Fresh;
  /** Seconds a timed call in a fresh process may run, 0 = no limit. */
  private double m_Limit;

  /**
   * @param python the interpreter (Debian's /usr/bin/python3 has python3-imblearn and python3-sklearn)
   */
  public ImblearnWorker(String python) throws IOException {
    String versions = null;
    Process p = null;
    try {
      Process v = new ProcessBuilder(python, "-c", "import imblearn, sklearn, numpy; print('imbalanced-learn %s, "
        + "scikit-learn %s, numpy %s' % (imblearn.__version__, sklearn.__version__, numpy.__version__))")
        .redirectErrorStream(true).start();
      String out = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (v.waitFor() == 0) {
        versions = out;
        p = start(python);
      }
    } catch (IOException | InterruptedException e) {
      versions = null;
    }
    m_Python = python;
    m_Versions = versions;
    attach(p);
    m_Dir = Files.createTempDirectory("imblearn-bench");
  }

  private static Process start(String python) throws IOException {
    return new ProcessBuilder(python, "bench/imblearn_smote.py").redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private void attach(Process p) {
    m_Process = p;
    m_In = p == null ? null : new PrintWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8),
      true);
    m_Out = p == null ? null : new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  /** @return why the last request gave no figure (an error reply, or the worker's death and exit code), or null */
  public String lastFailure() {
    return m_LastFailure;
  }

  /** @return whether the contender runs */
  public boolean available() {
    return m_Process != null;
  }

  /** @return the library versions, or "not found" */
  public String versions() {
    return m_Versions == null ? "imbalanced-learn not found" : m_Versions;
  }

  /** Data written once for many requests. */
  public final class Data {
    final File x;
    final File y;
    final int n;
    final int d;

    Data(File x, File y, int n, int d) {
      this.x = x;
      this.y = y;
      this.n = n;
      this.d = d;
    }
  }

  /** Writes the non-class attributes (as doubles) and the class index of every instance. */
  public Data write(Instances data) throws IOException {
    int n = data.numInstances();
    int d = data.numAttributes() - 1;
    File xf = File.createTempFile("data-x", ".bin", m_Dir.toFile());
    File yf = File.createTempFile("data-y", ".bin", m_Dir.toFile());
    try (DataOutputStream xo = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(xf), 1 << 20));
      DataOutputStream yo = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(yf), 1 << 16))) {
      for (Instance inst : data) {
        for (int a = 0; a < data.numAttributes(); a++) {
          if (a != data.classIndex()) {
            xo.writeLong(Long.reverseBytes(Double.doubleToRawLongBits(inst.value(a))));
          }
        }
        yo.writeInt(Integer.reverseBytes((int) inst.classValue()));
      }
    }
    return new Data(xf, yf, n, d);
  }

  /** Writes n points of d coordinates, row-major. */
  public Data write(double[] points, int n, int d) throws IOException {
    File xf = File.createTempFile("points", ".bin", m_Dir.toFile());
    ByteBuffer b = ByteBuffer.allocate(points.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    b.asDoubleBuffer().put(points);
    Files.write(xf.toPath(), b.array());
    return new Data(xf, null, n, d);
  }

  /** @return imbalanced-learn's SMOTE fit_resample timed (detail: output rows), or null if unavailable/failed */
  public Rounds.Sample smote(Data data, int k, int seed, String strategy, int threads) throws IOException {
    return request("smote " + data.x + " " + data.y + " " + data.n + " " + data.d + " " + k + " " + seed + " "
      + strategy.replace(' ', '|') + " " + threads, "rows");
  }

  /** @return the fit_resample of imbalanced-learn's sampler {@code name} (bench/imblearn_smote.py) timed, or null */
  public Rounds.Sample sampler(Data data, String name, int seed, int threads) throws IOException {
    return request("sampler " + name + " " + data.x + " " + data.y + " " + data.n + " " + data.d + " " + seed + " "
      + threads, "rows");
  }

  /**
   * @param fresh whether each request runs in a fresh Python process ({@code imblearn_smote.py --once}:
   *   after the same request untimed on the first 256 rows, two timed calls on the data, the faster
   *   reported) instead of the long-lived worker, in which an earlier large call made the same
   *   fit_resample about 30% slower (SVM-SMOTE at 100,000, same iterations and support vectors); a
   *   process's first call pays its first touch of memory, so the faster of two is the library's
   *   more favourable figure
   */
  public void setFresh(boolean fresh) {
    m_Fresh = fresh;
  }

  /** @return whether each request runs in a fresh Python process ({@link #setFresh}) */
  public boolean fresh() {
    return m_Fresh;
  }

  /**
   * @param seconds the longest a timed call in a fresh process may run, 0 = no limit; a call
   *   stopped at the limit gives a sample of {@code seconds} with the detail {@link #STOPPED} (the
   *   library took longer than that), and a second call that runs longer than the first is stopped
   *   too, since only the faster of the two is reported
   */
  public void setLimit(double seconds) {
    if (!(seconds >= 0)) {
      throw new IllegalArgumentException("the time limit must be >= 0 seconds, got " + seconds);
    }
    m_Limit = seconds;
  }

  /** The detail of a sample whose call was stopped at the time limit ({@link #setLimit}). */
  public static final String STOPPED = "stopped";

  /**
   * One request in a fresh process (start-up, imports and the warm-up call not timed; the faster of
   * two calls), each timed call stopped at the time limit if one is set.
   */
  private Rounds.Sample once(String line, String detailKey) throws IOException {
    m_LastFailure = null;
    List<String> cmd = new ArrayList<>(Arrays.asList(m_Python, "bench/imblearn_smote.py", "--once"));
    cmd.addAll(Arrays.asList(line.split(" ")));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l = r.readLine(); l != null; l = r.readLine()) {
          lines.add(l);
        }
      } catch (IOException e) {
        // the process was stopped: its pipe closes
      } finally {
        lines.add(END);
      }
    }, "imblearn-once");
    reader.setDaemon(true);
    reader.start();
    String last = "";
    String first = null;
    long callStart = 0;
    double allowed = Double.POSITIVE_INFINITY;
    try {
      while (true) {
        String l;
        if (m_Limit > 0 && callStart != 0) {
          long left = callStart + (long) (allowed * 1e9) - System.nanoTime();
          l = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
          if (l == null) { // the call ran past what it may take
            p.destroyForcibly();
            p.waitFor();
            if (first != null) { // the second call is slower than the first: the first is the faster
              return parse(first, detailKey, "stopped after the first call");
            }
            return new Rounds.Sample(m_Limit, Double.NaN, STOPPED);
          }
        } else {
          l = lines.take();
        }
        if (l == END) {
          break;
        }
        if (l.equals("call") || l.startsWith("call ")) {
          callStart = System.nanoTime();
          if (l.startsWith("call ")) {
            first = l.substring("call ".length());
            double s = seconds(first);
            allowed = Double.isNaN(s) ? m_Limit : Math.min(m_Limit, s * 1.05 + 0.1);
          } else {
            allowed = m_Limit;
          }
        } else {
          last = l;
        }
      }
      p.waitFor();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    int exit = p.exitValue();
    return parse(last, detailKey, "exit " + exit + (exit == 137 ? " (killed: out of memory)" : ""));
  }

  /** The end of a fresh process's output (compared by identity). */
  private static final String END = new String("end of output");

  /** @return the "seconds=" of a reply, NaN if it has none */
  private static double seconds(String reply) {
    int i = reply.indexOf("seconds=");
    if (i < 0) {
      return Double.NaN;
    }
    String v = reply.substring(i + "seconds=".length()).split(" ")[0];
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /**
   * @return scikit-learn's NearestNeighbors(k + 1).fit(X).kneighbors(X) timed (detail: the
   *   algorithm it chose), or null; the neighbours go to {@code out} if not null
   */
  public Rounds.Sample knn(Data data, int k, int threads, File out) throws IOException {
    return request("knn " + data.x + " " + data.n + " " + data.d + " " + k + " " + threads
      + (out == null ? "" : " " + out), "method");
  }

  /** @return the neighbours written by {@link #knn} */
  public static int[][] readNeighbours(File f, int n, int k) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(f.toPath())).order(ByteOrder.LITTLE_ENDIAN);
    int[][] r = new int[n][k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        r[i][j] = b.getInt();
      }
    }
    return r;
  }

  /** A temporary file in this worker's directory. */
  public File tempFile(String suffix) throws IOException {
    return File.createTempFile("out", suffix, m_Dir.toFile());
  }

  private Rounds.Sample request(String line, String detailKey) throws IOException {
    if (!available()) {
      return null;
    }
    if (m_Fresh) {
      return once(line, detailKey);
    }
    m_LastFailure = null;
    m_In.println(line);
    String reply = m_Out.readLine();
    if (reply == null) { // the process died, e.g. killed by the kernel when out of memory (exit 137)
      int exit;
      try {
        exit = m_Process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      m_LastFailure = "worker died, exit " + exit + (exit == 137 ? " (killed: out of memory)" : "");
      System.err.println("imbalanced-learn contender failed: " + m_LastFailure + "; restarting it");
      attach(start(m_Python));
      return null;
    }
    return parse(reply, detailKey, null);
  }

  /** The reply "key=value ..." as a sample (null, with the failure noted, for an error or no figure). */
  private Rounds.Sample parse(String reply, String detailKey, String exit) {
    if (reply.startsWith("error=") || !reply.contains("seconds=")) {
      m_LastFailure = reply.startsWith("error=") ? reply.substring("error=".length()) : "no reply, " + exit;
      System.err.println("imbalanced-learn contender failed: " + m_LastFailure);
      return null;
    }
    double wall = Double.NaN;
    double cpu = Double.NaN;
    String detail = "";
    for (String kv : reply.trim().split(" ")) {
      String[] t = kv.split("=", 2);
      if (t[0].equals("seconds")) {
        wall = Double.parseDouble(t[1]);
      } else if (t[0].equals("cpu")) {
        cpu = Double.parseDouble(t[1]);
      } else if (t[0].equals(detailKey)) {
        detail = t[1];
      }
    }
    return new Rounds.Sample(wall, cpu, detail);
  }

  @Override
  public void close() throws IOException {
    if (m_Process != null) {
      m_In.println("quit");
      try {
        m_Process.waitFor();
      } catch (InterruptedException e) {
        m_Process.destroy();
        Thread.currentThread().interrupt();
      }
    }
    File[] files = m_Dir.toFile().listFiles();
    if (files != null) {
      for (File f : files) {
        f.delete();
      }
    }
    m_Dir.toFile().delete();
  }
}
