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

package weka.imbalance.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffLoader.ArffReader;

/**
 * ARFF data as a Spark RDD of rows. A row is a {@code double[]} of the attribute values (Weka's
 * internal coding: nominal values by index, missing as NaN) followed by the instance weight. The
 * header is read once by the driver; every partition parses its own lines with Weka's ARFF reader
 * against that header (dense and sparse lines, quoting and comments as in Weka). String and
 * relational attributes are refused: their values live in the header, which partitions do not share.
 */
public final class ArffRows {

  private ArffRows() {
  }

  /**
   * Reads the header of an ARFF file (local, HDFS or any file system Hadoop knows).
   *
   * @param sc the context (its Hadoop configuration)
   * @param path the file
   * @param classIndex "first", "last" or a 1-based index
   * @return the header, class set, no instances
   * @throws IOException if the file cannot be read or its attributes are not supported
   */
  public static Instances header(JavaSparkContext sc, String path, String classIndex) throws IOException {
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(sc.hadoopConfiguration());
    try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(p), StandardCharsets.UTF_8))) {
      Instances header = new ArffReader(r, 1).getStructure();
      setClass(header, classIndex);
      return header;
    }
  }

  /**
   * Sets the class attribute and checks that the data can be split into rows.
   *
   * @param header the header
   * @param classIndex "first", "last" or a 1-based index
   */
  public static void setClass(Instances header, String classIndex) {
    int ci;
    if ("first".equals(classIndex)) {
      ci = 0;
    } else if ("last".equals(classIndex)) {
      ci = header.numAttributes() - 1;
    } else {
      ci = weka.imbalance.OptionValues.parseInt("c", classIndex) - 1;
    }
    weka.imbalance.OptionValues.require(ci >= 0 && ci < header.numAttributes(), "c", classIndex,
      "first, last or an attribute index in 1.." + header.numAttributes());
    header.setClassIndex(ci);
    weka.imbalance.OptionValues.require(header.classAttribute().isNominal(), "c", classIndex,
      "a nominal attribute (" + header.classAttribute().name() + " is not)");
    for (int a = 0; a < header.numAttributes(); a++) {
      if (header.attribute(a).isString() || header.attribute(a).isRelationValued()) {
        throw new IllegalArgumentException("attribute " + header.attribute(a).name() + " is a string or relational "
          + "attribute, which the Spark path does not support (convert it to nominal first)");
      }
    }
  }

  /**
   * The rows of an ARFF file, parsed in the partitions.
   *
   * @param sc the context
   * @param path the file
   * @param header its header ({@link #header})
   * @param minPartitions the minimum number of partitions (Spark's textFile)
   * @return the rows, in file order
   */
  public static JavaRDD<double[]> rows(JavaSparkContext sc, String path, Instances header, int minPartitions) {
    Instances h = new Instances(header, 0);
    return sc.textFile(path, minPartitions).mapPartitions(lines -> parse(lines, h));
  }

  private static Iterator<double[]> parse(Iterator<String> lines, Instances header) throws IOException {
    ArffReader reader = new ArffReader(new DataLines(lines), header, 0, 1000);
    return new Iterator<double[]>() {
      private Instance m_Next = reader.readInstance(header);

      @Override
      public boolean hasNext() {
        return m_Next != null;
      }

      @Override
      public double[] next() {
        double[] row = toRow(m_Next);
        try {
          m_Next = reader.readInstance(header);
        } catch (IOException e) {
          throw new IllegalArgumentException("cannot parse the data: " + e.getMessage(), e);
        }
        return row;
      }
    };
  }

  /**
   * The data lines of a partition as one character stream: header lines (starting with '@') are
   * skipped, so that the partition holding the file's start parses as the others do.
   */
  private static final class DataLines extends Reader {
    private final Iterator<String> m_Lines;
    private String m_Current = "";
    private int m_Pos;

    DataLines(Iterator<String> lines) {
      m_Lines = lines;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      while (m_Pos >= m_Current.length()) {
        if (!m_Lines.hasNext()) {
          return -1;
        }
        String line = m_Lines.next();
        m_Current = line.trim().startsWith("@") ? "" : line + "\n";
        m_Pos = 0;
      }
      int n = Math.min(len, m_Current.length() - m_Pos);
      m_Current.getChars(m_Pos, m_Pos + n, buf, off);
      m_Pos += n;
      return n;
    }

    @Override
    public void close() {
    }
  }

  /**
   * @param inst an instance
   * @return its row: values, then weight
   */
  public static double[] toRow(Instance inst) {
    int n = inst.numAttributes();
    double[] row = new double[n + 1];
    for (int a = 0; a < n; a++) {
      row[a] = inst.value(a);
    }
    row[n] = inst.weight();
    return row;
  }

  /**
   * @param row a row
   * @param header its header (the instance's data set)
   * @return the instance
   */
  public static Instance toInstance(double[] row, Instances header) {
    int n = row.length - 1;
    double[] values = new double[n];
    System.arraycopy(row, 0, values, 0, n);
    Instance inst = new DenseInstance(row[n], values);
    inst.setDataset(header);
    return inst;
  }

  /**
   * @param rows rows
   * @param header their header
   * @return the rows as instances, in order
   */
  public static Instances toInstances(List<double[]> rows, Instances header) {
    Instances data = new Instances(header, rows.size());
    for (double[] r : rows) {
      data.add(toInstance(r, data));
    }
    return data;
  }

  /**
   * @param data instances
   * @return their rows, in order
   */
  public static List<double[]> toRows(Instances data) {
    List<double[]> rows = new ArrayList<>(data.numInstances());
    for (Instance inst : data) {
      rows.add(toRow(inst));
    }
    return rows;
  }

  /**
   * @param row a row
   * @param classIndex the class attribute's index
   * @return the class index of the row, or -1 when missing
   */
  public static int classOf(double[] row, int classIndex) {
    double c = row[classIndex];
    return Double.isNaN(c) ? -1 : (int) c;
  }
}
