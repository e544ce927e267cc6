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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A Python contender (bench/torch_*.py: one request per line, one reply line) run as one worker
 * process per thread count, so that the thread pools left by requests of one thread count cannot
 * affect the other's. (Checked on 2026-11-30: it did not narrow PyTorch's spread, one-thread epochs
 * of 0.14 to 0.40 s on Fashion-MNIST-LT in one quiet run, and PyTorch's process CPU time stays about
 * twice its wall time with {@code torch.set_num_threads(1)}: Debian's build uses the generic BLAS,
 * whose own threads that call does not limit.)
 */
final class PerThreadWorkers implements AutoCloseable {

  private final Process[] m_Process;
  private final PrintWriter[] m_In;
  private final BufferedReader[] m_Out;

  /**
   * @param python the interpreter
   * @param script the worker script and its arguments
   * @param maxThreads workers for 1 .. maxThreads threads
   */
  PerThreadWorkers(String python, String[] script, int maxThreads) throws IOException {
    m_Process = new Process[maxThreads + 1];
    m_In = new PrintWriter[maxThreads + 1];
    m_Out = new BufferedReader[maxThreads + 1];
    String[] cmd = new String[script.length + 1];
    cmd[0] = python;
    System.arraycopy(script, 0, cmd, 1, script.length);
    for (int t = 1; t <= maxThreads; t++) {
      m_Process[t] = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      m_In[t] = new PrintWriter(m_Process[t].getOutputStream(), true);
      m_Out[t] = new BufferedReader(new InputStreamReader(m_Process[t].getInputStream(), StandardCharsets.UTF_8));
    }
  }

  /** @return the reply of the worker for {@code threads} threads to one request line (null if it died) */
  String request(int threads, String line) throws IOException {
    m_In[threads].println(line);
    return m_Out[threads].readLine();
  }

  @Override
  public void close() throws InterruptedException {
    for (int t = 1; t < m_Process.length; t++) {
      m_In[t].println("quit");
      m_Process[t].waitFor();
    }
  }
}
