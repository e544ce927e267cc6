package weka.imbalance.conformance;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.Collection;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.Randomizable;
import weka.filters.Filter;

/**
 * The contract every component keeps, checked package-wide: input data never modified; models
 * and filters survive saving and loading with bit-identical output; the same seed gives the same
 * output; each component has its own Weka harness test with a committed regression reference, and
 * an object editor with tips and its citation. Filters ({@link FilterContractTest}) and
 * multi-threaded components ({@link ThreadContractTest}) have contracts of their own.
 */
@RunWith(Parameterized.class)
public class ContractTest {

  @Parameters(name = "{0}")
  public static Collection<Object[]> components() {
    return Components.parameters();
  }

  private final String m_simple;
  private final String m_class;

  public ContractTest(String simpleName, String className) {
    m_simple = simpleName;
    m_class = className;
  }

  private static Instances train() {
    Instances d = Data.withMissing(Data.make("contract", 11, new int[] {60, 15, 7}, 3, 1), 0, 0.1, 12);
    for (int i = 0; i < d.numInstances(); i++) {
      d.instance(i).setWeight(0.5 + (i % 3));
    }
    return d;
  }

  private static Instances test() {
    return Data.make("contract", 13, new int[] {10, 10, 10}, 3, 1);
  }

  private Object run(Object component, Instances train, Instances test) throws Exception {
    return component instanceof Classifier ? Probe.classify((Classifier) component, train, test)
      : Probe.filter((Filter) component, train, test);
  }

  @Test
  public void inputDataIsNeverModified() throws Exception {
    Instances train = train(), test = test();
    Instances trainCopy = new Instances(train), testCopy = new Instances(test);
    run(Components.create(m_class), train, test);
    Probe.assertSameData(m_simple + " training data", trainCopy, train);
    Probe.assertSameData(m_simple + " test data", testCopy, test);
  }

  @Test
  public void savedAndLoadedGivesBitIdenticalOutput() throws Exception {
    Instances train = train(), test = test();
    Object component = Components.create(m_class);
    if (component instanceof Classifier) {
      Classifier c = (Classifier) component;
      c.buildClassifier(train);
      Classifier loaded = (Classifier) Probe.roundTrip(c);
      for (int i = 0; i < test.numInstances(); i++) {
        assertArrayEquals(m_simple + " instance " + i, c.distributionForInstance(test.instance(i)),
          loaded.distributionForInstance(test.instance(i)), 0.0);
      }
    } else {
      Filter f = (Filter) component;
      f.setInputFormat(train);
      Filter.useFilter(train, f);
      Filter loaded = (Filter) Probe.roundTrip(f);
      Probe.assertSameData(m_simple + " second batch after loading", Filter.useFilter(test, f),
        Filter.useFilter(test, loaded));
    }
  }

  @Test
  public void sameSeedSameOutput() throws Exception {
    Object a = Components.create(m_class), b = Components.create(m_class);
    if (a instanceof Randomizable) {
      ((Randomizable) a).setSeed(7);
      ((Randomizable) b).setSeed(7);
    }
    Object ra = run(a, train(), test()), rb = run(b, train(), test());
    if (ra instanceof double[][]) {
      double[][] da = (double[][]) ra, db = (double[][]) rb;
      for (int i = 0; i < da.length; i++) {
        assertArrayEquals(m_simple + " instance " + i, da[i], db[i], 0.0);
      }
    } else {
      Instances[] fa = (Instances[]) ra, fb = (Instances[]) rb;
      Probe.assertSameData(m_simple + " first batch", fa[0], fb[0]);
      Probe.assertSameData(m_simple + " second batch", fa[1], fb[1]);
    }
  }

  @Test
  public void objectEditorShowsSummaryToolTipsAndCitation() throws Exception {
    Object component = Components.create(m_class);
    weka.core.CheckGOE check = new weka.core.CheckGOE();
    check.setObject(component);
    check.setSilent(true);
    assertTrue(m_simple + ": globalInfo", check.checkGlobalInfo());
    assertTrue(m_simple + ": a tool tip for every property", check.checkToolTips());
    String info = (String) component.getClass().getMethod("globalInfo").invoke(component);
    String first = info.split("\\.\\s|\\n")[0];
    assertTrue(m_simple + ": the first sentence says what it does: '" + first + "'", first.length() >= 20);
    assertTrue(m_simple + " cites its paper (TechnicalInformationHandler)",
      component instanceof weka.core.TechnicalInformationHandler);
    String citation = ((weka.core.TechnicalInformationHandler) component).getTechnicalInformation().toString();
    assertTrue(m_simple + ": the citation is shown in globalInfo (the object editor's More)",
      info.contains(citation.split("\\.")[0]));
  }

  @Test
  public void hasItsOwnWekaHarnessTestWithACommittedReference() throws Exception {
    String path = m_class.replace('.', '/') + "Test";
    File test = new File("src/test/java/" + path + ".java");
    File ref = new File("src/test/resources/wekarefs/" + path + ".ref");
    assertTrue(m_simple + ": no Weka harness test " + test, test.isFile());
    // Weka's harness writes a missing reference and passes, so existence proves nothing by now:
    // the reference must be in the repository
    assertTrue(m_simple + ": the regression reference " + ref + " is not committed", Git.tracks(ref));
  }
}
