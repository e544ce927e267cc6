package weka.filters.supervised.instance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.Test;

import weka.clusterers.EM;
import weka.clusterers.FastKMeans;
import weka.clusterers.SimpleKMeans;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;

/**
 * ClusterCentroids's clusterer: FastKMeans by default, SimpleKMeans on request, nothing else; and a
 * ClusterCentroids saved by release 1.0.0 (its field typed SimpleKMeans) still loads with its
 * SimpleKMeans.
 */
public class ClusterCentroidsClustererTest {

  @Test
  public void fastKMeansByDefaultSimpleKMeansOnRequestNothingElse() throws Exception {
    assertTrue(new ClusterCentroids().getClusterer() instanceof FastKMeans);
    ClusterCentroids f = new ClusterCentroids();
    f.setOptions(Utils.splitOptions("-clusterer \"weka.clusterers.SimpleKMeans -init 1\""));
    assertTrue(f.getClusterer() instanceof SimpleKMeans);
    Instances data = ClusterCentroidsAndHardnessTest.blobs();
    f.setInputFormat(data);
    assertEquals(75, Filter.useFilter(data, f).numInstances());
    try {
      new ClusterCentroids().setClusterer(new EM());
      fail("EM accepted");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage(), e.getMessage().startsWith("-clusterer must be FastKMeans or SimpleKMeans"));
    }
    try {
      new ClusterCentroids().setOptions(Utils.splitOptions("-clusterer weka.clusterers.EM"));
      fail("EM accepted");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage(), e.getMessage().startsWith("-clusterer must be FastKMeans or SimpleKMeans"));
    }
  }

  /** Rewrites the type of the field m_Clusterer in the stream to release 1.0.0's, SimpleKMeans. */
  static byte[] asSavedBy100(byte[] stream) {
    byte[] now = "Lweka/clusterers/Clusterer;".getBytes(StandardCharsets.UTF_8);
    byte[] then = "Lweka/clusterers/SimpleKMeans;".getBytes(StandardCharsets.UTF_8);
    for (int i = 3; i + now.length <= stream.length; i++) {
      boolean match = stream[i - 3] == 0x74 && stream[i - 2] == 0 && stream[i - 1] == now.length;
      for (int j = 0; match && j < now.length; j++) {
        match = stream[i + j] == now[j];
      }
      if (match) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(stream, 0, i - 1);
        out.write(then.length);
        out.write(then, 0, then.length);
        out.write(stream, i + now.length, stream.length - i - now.length);
        return out.toByteArray();
      }
    }
    throw new AssertionError("the field's type is not in the stream");
  }

  @Test
  public void aFilterSavedWithTheOldFieldTypeLoadsWithItsSimpleKMeans() throws Exception {
    ClusterCentroids saved = new ClusterCentroids();
    saved.setOptions(Utils.splitOptions("-clusterer \"weka.clusterers.SimpleKMeans -init 1\" -S 3"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(saved);
    }
    byte[] old = asSavedBy100(bytes.toByteArray());
    ClusterCentroids loaded;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(old))) {
      loaded = (ClusterCentroids) in.readObject();
    }
    assertTrue(loaded.getClusterer() instanceof SimpleKMeans);
    assertEquals(Utils.joinOptions(saved.getOptions()), Utils.joinOptions(loaded.getOptions()));
    Instances data = ClusterCentroidsAndHardnessTest.blobs();
    saved.setInputFormat(data);
    loaded.setInputFormat(data);
    assertEquals(Filter.useFilter(data, saved).toString(), Filter.useFilter(data, loaded).toString());
  }
}
