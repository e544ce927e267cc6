package weka.imbalance.conformance;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertFalse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import weka.core.Instances;
import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.Utils;

/**
 * Every component with a thread-count option gives bit-identical output with one and with two
 * threads (the number of threads is a matter of speed, never of results).
 */
@RunWith(Parameterized.class)
public class ThreadContractTest {

  @Parameters(name = "{0}")
  public static Collection<Object[]> threaded() throws Exception {
    List<Object[]> p = new ArrayList<>();
    for (Object[] c : Components.parameters()) {
      String option = threadOption((String) c[1]);
      if (option != null) {
        p.add(new Object[] {c[0], c[1], option});
      }
    }
    assertFalse("no component has a thread-count option: the discovery is broken", p.isEmpty());
    return p;
  }

  /** @return the name of the component's thread-count option, or null if it has none */
  static String threadOption(String className) throws Exception {
    Object c = Components.create(className);
    for (Enumeration<Option> e = ((OptionHandler) c).listOptions(); e.hasMoreElements();) {
      Option o = e.nextElement();
      if (o.numArguments() == 1 && o.name().toLowerCase().contains("thread")) {
        return o.name();
      }
    }
    return null;
  }

  private final String m_simple;
  private final String m_class;
  private final String m_option;

  public ThreadContractTest(String simpleName, String className, String option) {
    m_simple = simpleName;
    m_class = className;
    m_option = option;
  }

  @Test
  public void oneOrTwoThreadsGiveBitIdenticalOutput() throws Exception {
    Object[] outs = new Object[2];
    for (int t = 1; t <= 2; t++) {
      Object c = Components.create(m_class);
      String[] current = ((OptionHandler) c).getOptions();
      Utils.getOption(m_option, current); // drop the current setting
      List<String> withThreads = new ArrayList<>();
      withThreads.add("-" + m_option);
      withThreads.add("" + t);
      for (String o : current) {
        if (!o.isEmpty()) {
          withThreads.add(o);
        }
      }
      ((OptionHandler) c).setOptions(withThreads.toArray(new String[0]));
      Instances train = Data.withMissing(Data.make("contract", 11, new int[] {60, 15, 7}, 3, 1), 0, 0.1, 12);
      Instances test = Data.make("contract", 13, new int[] {10, 10, 10}, 3, 1);
      outs[t - 1] = c instanceof weka.classifiers.Classifier ? Probe.classify((weka.classifiers.Classifier) c, train,
        test) : Probe.filter((weka.filters.Filter) c, train, test);
    }
    if (outs[0] instanceof double[][]) {
      double[][] a = (double[][]) outs[0], b = (double[][]) outs[1];
      for (int i = 0; i < a.length; i++) {
        assertArrayEquals(m_simple + " instance " + i + " with 1 and 2 threads", a[i], b[i], 0.0);
      }
    } else {
      Probe.assertSameData(m_simple + " with 1 and 2 threads", ((Instances[]) outs[0])[0], ((Instances[]) outs[1])[0]);
    }
  }
}
