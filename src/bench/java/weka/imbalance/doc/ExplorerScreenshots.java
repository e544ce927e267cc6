package weka.imbalance.doc;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTree;
import javax.swing.JViewport;
import javax.swing.MenuElement;
import javax.swing.MenuSelectionManager;
import javax.swing.SwingUtilities;
import javax.swing.ToolTipManager;
import javax.swing.text.DefaultHighlighter;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.TreeNode;
import javax.swing.tree.TreePath;
import javax.swing.tree.TreeSelectionModel;

import weka.core.Instances;
import weka.core.WekaPackageManager;
import weka.core.converters.ConverterUtils.DataSource;
import weka.gui.GenericObjectEditor;
import weka.gui.PropertyDialog;
import weka.gui.PropertyPanel;
import weka.gui.ResultHistoryPanel;
import weka.gui.explorer.ClassifierPanel;
import weka.gui.explorer.Explorer;
import weka.experiment.Experiment;
import weka.gui.experiment.SimpleSetupPanel;

/**
 * Drives the Weka Explorer (with the imbalancedLearning package installed in the Weka home of
 * this JVM) through Swing, the way a user would, and saves screenshots for the user guide. Run by
 * {@code doc/screenshots/take.sh} under Xvfb; not a unit test.
 *
 * <p>Everything is found in the Explorer's tree of components (buttons by text, the object
 * editor's class tree by node names, the result list by type) and the screen is captured with
 * {@link Robot} over the bounds of the windows involved, so the screenshots do not depend on pixel
 * coordinates or on which classes the installed packages add to the tree. The package's own
 * classifiers are read from the installed package jar, so the pictures show whatever components
 * the package has when the script runs.
 *
 * <p>Usage: {@code ExplorerScreenshots <output dir> <data file>}. Exit code 0 when every picture
 * was written, 1 otherwise.
 */
public final class ExplorerScreenshots {

  /** The package whose components are shown. */
  private static final String PACKAGE = "imbalancedLearning";

  /** Start of the menu text of the package's Explorer plugin (LongTailRecallPlot.MENU_TEXT). */
  private static final String PLUGIN_MENU_TEXT = "Per-class recall vs. class frequency";

  /** First and last metric line of the classifier output that the screenshot highlights. */
  private static final String FIRST_METRIC = "Balanced accuracy";
  private static final String LAST_METRIC = "Few-shot accuracy";

  /** Optional picture, taken only when the package has a classifier in the tree. */
  static final String TREE_TOOLTIP = "explorer-classifier-tree-tooltip.png";

  /** Optional picture, taken only when the package has a filter. */
  static final String FILTER_TREE = "explorer-filter-tree.png";

  /** Options that every Weka classifier has; the dialog's tool tip is shown on another one. */
  private static final List<String> STOCK_OPTIONS = Arrays.asList("batchSize", "debug", "doNotCheckCapabilities",
    "numDecimalPlaces", "seed", "classifier", "numIterations", "resume");

  /** The driver gives up (exit code 3, thread dump) after this time. */
  private static final int WATCHDOG_SECONDS = 180;

  private final File m_OutDir;
  private final Robot m_Robot;
  private JFrame m_Frame;
  private Explorer m_Explorer;
  private ClassifierPanel m_ClassifierPanel;

  private ExplorerScreenshots(File outDir) throws AWTException {
    m_OutDir = outDir;
    m_Robot = new Robot();
    m_Robot.setAutoDelay(20);
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: ExplorerScreenshots <output dir> <data file> <saved experiment>");
      System.exit(2);
    }
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(WATCHDOG_SECONDS * 1000L);
      } catch (InterruptedException e) {
        return;
      }
      System.err.println("[screenshots] still running after " + WATCHDOG_SECONDS + " s; threads:");
      Thread.getAllStackTraces().forEach((t, st) -> {
        System.err.println(t);
        for (StackTraceElement e : st) {
          System.err.println("    at " + e);
        }
      });
      Runtime.getRuntime().halt(3);
    });
    watchdog.setDaemon(true);
    watchdog.start();
    int status = 1;
    try {
      ExplorerScreenshots s = new ExplorerScreenshots(new File(args[0]));
      s.run(new File(args[1]), new File(args[2]));
      status = 0;
    } catch (Throwable t) {
      t.printStackTrace();
    }
    // Weka's GUI leaves non-daemon threads behind
    System.exit(status);
  }

  private void run(File data, File experiment) throws Exception {
    List<String> ours = packageClasses();
    log("package classes in the installed jar: " + ours);
    openExplorer(data);
    List<String> ourClassifiers = classifierTree(ours);
    filterTree(ours);
    objectEditorDialog(ourClassifiers);
    classifierOutput();
    pluginMenuAndChart();
    experimenterSetup(experiment);
  }

  // ---------------------------------------------------------------- the steps

  /** Starts the Explorer as weka.gui.explorer.Explorer.main does, without its busy memory monitor. */
  private void openExplorer(File data) throws Exception {
    Instances inst = new DataSource(data.getPath()).getDataSet();
    onEdt(() -> {
      weka.gui.LookAndFeel.setLookAndFeel();
      // loads the installed packages and fills the object editor's class lists
      GenericObjectEditor.determineClasses();
      ToolTipManager.sharedInstance().setInitialDelay(100);
      ToolTipManager.sharedInstance().setDismissDelay(60000);
      m_Explorer = new Explorer();
      m_Frame = new JFrame("Weka Explorer");
      m_Frame.getContentPane().add(m_Explorer);
      m_Frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
      m_Frame.setSize(1200, 860);
      m_Frame.setLocation(0, 0);
      m_Frame.setVisible(true);
      m_Explorer.getPreprocessPanel().setInstances(inst);
      return null;
    });
    JTabbedPane tabs = m_Explorer.getTabbedPane();
    onEdt(() -> {
      for (int i = 0; i < tabs.getTabCount(); i++) {
        if (tabs.getTitleAt(i).equals("Classify")) {
          tabs.setSelectedIndex(i);
        }
      }
      return null;
    });
    m_ClassifierPanel = onEdt(() -> (ClassifierPanel) tabs.getSelectedComponent());
    waitFor("the Start button to be enabled", () -> startButton().isEnabled(), 30);
    settle();
  }

  /**
   * (a) The classifier tree of the object editor with the package's folders expanded, its
   * classifiers selected (highlighted) and the one-sentence summary of one of them as tool tip.
   *
   * @return the package's classifiers found in the tree (full names)
   */
  private List<String> classifierTree(List<String> ours) throws Exception {
    return treeShot(m_ClassifierPanel, new String[] {"classifiers", "meta"}, ours, "explorer-classifier-tree.png",
      TREE_TOOLTIP);
  }

  /** The Preprocess tab's filter tree with the package's filters, if it has any. */
  private void filterTree(List<String> ours) throws Exception {
    if (ours.stream().noneMatch(n -> n.startsWith("weka.filters."))) {
      log("no filter of the package yet; no filter tree picture");
      return;
    }
    JTabbedPane tabs = m_Explorer.getTabbedPane();
    Component before = onEdt(tabs::getSelectedComponent);
    onEdt(() -> {
      tabs.setSelectedComponent(m_Explorer.getPreprocessPanel());
      return null;
    });
    settle();
    treeShot(m_Explorer.getPreprocessPanel(), new String[] {"filters", "supervised", "instance"}, ours,
      FILTER_TREE, null);
    onEdt(() -> {
      tabs.setSelectedComponent(before);
      return null;
    });
    settle();
  }

  /**
   * Opens the object editor's tree of a panel's first "Choose" button, expands the given folder
   * and every folder holding one of the package's classes, selects those classes (the last one
   * of the given folder is the one chosen, as by a click) and takes the picture.
   *
   * @return the package's classes found in the tree
   */
  private List<String> treeShot(Container panel, String[] folder, List<String> ours, String file, String tooltipFile)
    throws Exception {
    JTree tree = openChooser(panel);
    List<TreePath> ourLeaves = onEdt(() -> {
      List<TreePath> found = new ArrayList<>();
      for (TreePath p : leaves(tree)) {
        if (ours.contains(className(p))) {
          found.add(p);
        }
      }
      return found;
    });
    List<String> names = new ArrayList<>();
    for (TreePath p : ourLeaves) {
      names.add(className(p));
    }
    log("package classes in the object editor's tree: " + names);
    TreePath main = onEdt(() -> findPath(tree, folder));
    if (main == null) {
      throw new IllegalStateException("no folder " + String.join(" > ", folder) + " in the object editor's tree");
    }
    TreePath show = ourLeaves.stream().filter(p -> p.getParentPath().equals(main)).findFirst()
      .orElse(ourLeaves.isEmpty() ? null : ourLeaves.get(0));
    onEdt(() -> {
      for (int r = tree.getRowCount() - 1; r > 0; r--) {
        tree.collapseRow(r);
      }
      tree.expandPath(main);
      for (TreePath p : ourLeaves) {
        tree.expandPath(p.getParentPath());
      }
      // a taller popup, so that a whole folder shows
      JScrollPane scroller = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, tree);
      JPopupMenu popup = (JPopupMenu) SwingUtilities.getAncestorOfClass(JPopupMenu.class, tree);
      if (scroller != null && popup != null) {
        int room = m_Frame.getHeight() - SwingUtilities.convertPoint(popup, 0, 0, m_Frame).y - 80;
        scroller.setPreferredSize(new Dimension(380, Math.max(500, room)));
        popup.setPreferredSize(null);
        popup.pack();
        popup.validate();
      }
      Rectangle top = tree.getPathBounds(main);
      JViewport vp = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, tree);
      if (vp != null && top != null) {
        Point inView = SwingUtilities.convertPoint(tree, top.getLocation(), vp.getView());
        vp.setViewPosition(new Point(0, Math.max(0, inView.y - top.height)));
      }
      if (show != null) {
        // highlight all of the package's classes (the script's doing: a user selects one)
        tree.getSelectionModel().setSelectionMode(TreeSelectionModel.DISCONTIGUOUS_TREE_SELECTION);
        tree.clearSelection();
        for (TreePath p : ourLeaves) {
          if (p != show) {
            tree.addSelectionPath(p);
          }
        }
        tree.addSelectionPath(show);
        tree.scrollPathToVisible(show);
      }
      return null;
    });
    settle();
    capture(file, windowBounds(m_Frame));
    if (show != null && tooltipFile != null) {
      // the tree's tool tip on one of the package's classes: its summary, citation, capabilities
      hover(tree, onEdt(() -> tree.getPathBounds(show)));
      capture(tooltipFile, windowBounds(m_Frame));
      m_Robot.mouseMove(screen().width - 5, screen().height - 5);
    }
    onEdt(() -> {
      ((JPopupMenu) SwingUtilities.getAncestorOfClass(JPopupMenu.class, tree)).setVisible(false);
      return null;
    });
    settle();
    return names;
  }

  /** (a) The object editor dialog of one of the package's classifiers, with its "More" text and a tool tip. */
  private void objectEditorDialog(List<String> ourClassifiers) throws Exception {
    if (ourClassifiers.isEmpty()) {
      // nothing of ours to show yet: the stock meta-classifier a user of the package would also use
      log("no classifier of the package in the tree yet; showing FilteredClassifier's editor instead");
      chooseClassifier("weka.classifiers.meta.FilteredClassifier");
    } else {
      // a meta-classifier of the package if there is one
      String shown = ourClassifiers.stream().filter(n -> n.startsWith("weka.classifiers.meta.")).findFirst()
        .orElse(ourClassifiers.get(0));
      log("object editor of " + shown);
      chooseClassifier(shown);
    }
    PropertyPanel panel = classifierPropertyPanel();
    // the dialog is modal: open it later on the event thread, without waiting for it to close
    SwingUtilities.invokeLater(panel::showPropertyDialog);
    PropertyDialog dialog = waitForWindow(PropertyDialog.class, w -> true);
    onEdt(() -> {
      dialog.setSize(Math.max(dialog.getWidth(), 520), Math.max(dialog.getHeight(), 420));
      dialog.setLocation(20, 60);
      dialog.validate();
      return null;
    });
    settle();
    JButton more = find(dialog, JButton.class, b -> "More".equals(b.getText()));
    onEdt(() -> {
      more.doClick();
      return null;
    });
    Window info = waitForWindow(Window.class,
      w -> w instanceof javax.swing.JDialog && "Information".equals(((javax.swing.JDialog) w).getTitle()));
    onEdt(() -> {
      info.setBounds(dialog.getX() + dialog.getWidth() + 10, dialog.getY(), 560, Math.max(dialog.getHeight(), 560));
      info.validate();
      return null;
    });
    settle();
    // the tool tip of the first option, as when the mouse rests on its name
    // (an option of the component's own rather than one that every Weka classifier has, if any)
    JLabel label = onEdt(() -> {
      JLabel own = search(dialog, JLabel.class, l -> l.getToolTipText() != null && !l.getToolTipText().isEmpty()
        && !STOCK_OPTIONS.contains(l.getText()));
      return own != null ? own : search(dialog, JLabel.class,
        l -> l.getToolTipText() != null && !l.getToolTipText().isEmpty());
    });
    if (label == null) {
      throw new IllegalStateException("no option label with a tool tip in the object editor dialog");
    }
    hover(label, onEdt(() -> new Rectangle(0, 0, label.getWidth(), label.getHeight())));
    // the two windows side by side on a plain background (no window manager, hence no title bars)
    BufferedImage left = m_Robot.createScreenCapture(windowBounds(dialog));
    BufferedImage right = m_Robot.createScreenCapture(windowBounds(info));
    int gap = 12;
    BufferedImage both = new BufferedImage(left.getWidth() + right.getWidth() + 3 * gap,
      Math.max(left.getHeight(), right.getHeight()) + 2 * gap, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = both.createGraphics();
    g.setColor(new Color(200, 200, 200));
    g.fillRect(0, 0, both.getWidth(), both.getHeight());
    g.drawImage(left, gap, gap, null);
    g.drawImage(right, left.getWidth() + 2 * gap, gap, null);
    g.dispose();
    write("explorer-object-editor.png", both);
    onEdt(() -> {
      info.dispose();
      find(dialog, JButton.class, b -> "OK".equals(b.getText())).doClick();
      return null;
    });
    settle();
  }

  /** (b) J48 cross-validated on the data, the metric lines of the output highlighted. */
  private void classifierOutput() throws Exception {
    chooseClassifier("weka.classifiers.trees.J48");
    JRadioButton cv = find(m_ClassifierPanel, JRadioButton.class, b -> b.getText().equals("Cross-validation"));
    onEdt(() -> {
      cv.doClick();
      cv.setSelected(true);
      startButton().doClick();
      return null;
    });
    JTextArea out = outputArea();
    JList<?> results = find(m_ClassifierPanel, ResultHistoryPanel.class, r -> true).getList();
    waitFor("the cross-validation to finish", () -> results.getModel().getSize() > 0 && startButton().isEnabled()
      && out.getText().contains(LAST_METRIC), 300);
    onEdt(() -> {
      String text = out.getText();
      int summary = text.indexOf("=== Stratified cross-validation ===");
      int from = text.indexOf(FIRST_METRIC, summary);
      int to = text.indexOf('\n', text.indexOf(LAST_METRIC, from));
      if (summary < 0 || from < 0 || to < 0) {
        throw new IllegalStateException("metric lines not found in the classifier output:\n" + text);
      }
      out.getHighlighter().addHighlight(from, to, new DefaultHighlighter.DefaultHighlightPainter(new Color(255, 236, 120)));
      Rectangle r = out.modelToView(summary);
      JViewport vp = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, out);
      vp.setViewPosition(new Point(0, Math.max(0, r.y - r.height)));
      return null;
    });
    settle();
    capture("explorer-metrics-output.png", windowBounds(m_Frame));
  }

  /** (c) The result list's right-click menu with Plugins open, then the plugin's chart window. */
  private void pluginMenuAndChart() throws Exception {
    JList<?> results = find(m_ClassifierPanel, ResultHistoryPanel.class, r -> true).getList();
    onEdt(() -> {
      results.setSelectedIndex(0);
      Rectangle cell = results.getCellBounds(0, 0);
      int x = cell.x + cell.width / 3;
      int y = cell.y + cell.height / 2;
      long now = System.currentTimeMillis();
      results.dispatchEvent(new MouseEvent(results, MouseEvent.MOUSE_CLICKED, now, InputEvent.BUTTON3_DOWN_MASK, x, y, 1,
        true, MouseEvent.BUTTON3));
      return null;
    });
    JPopupMenu popup = waitForComponent(JPopupMenu.class, p -> p.isShowing() && p.getInvoker() == results);
    JMenu plugins = find(popup, JMenu.class, m -> "Plugins".equals(m.getText()));
    onEdt(() -> {
      MenuSelectionManager.defaultManager().setSelectedPath(new MenuElement[] {popup, plugins, plugins.getPopupMenu()});
      return null;
    });
    JMenuItem item = waitForComponent(JMenuItem.class,
      i -> i.isShowing() && i.getText() != null && i.getText().startsWith(PLUGIN_MENU_TEXT));
    onEdt(() -> {
      MenuSelectionManager.defaultManager().setSelectedPath(
        new MenuElement[] {popup, plugins, plugins.getPopupMenu(), item});
      return null;
    });
    settle();
    capture("explorer-plugins-menu.png", showingWindowsBounds());
    onEdt(() -> {
      MenuSelectionManager.defaultManager().clearSelectedPath();
      item.doClick();
      return null;
    });
    Window chart = waitForWindow(JFrame.class, f -> ((JFrame) f).getTitle().startsWith(PLUGIN_MENU_TEXT));
    onEdt(() -> {
      chart.setLocation(0, 0);
      chart.toFront();
      return null;
    });
    settle();
    capture("explorer-long-tail-chart.png", windowBounds(chart));
  }

  /** The Experimenter's Setup tab with the walk-through's saved experiment opened. */
  private void experimenterSetup(File experiment) throws Exception {
    Experiment exp = Experiment.read(experiment.getPath());
    JFrame frame = onEdt(() -> {
      JFrame f = new JFrame("Weka Experiment Environment");
      f.getContentPane().add(new weka.gui.experiment.Experimenter(false));
      f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
      f.setSize(1000, 720);
      f.setLocation(0, 0);
      f.setVisible(true);
      f.toFront();
      return f;
    });
    SimpleSetupPanel setup = find(frame, SimpleSetupPanel.class, p -> true);
    // what Setup > Open... does after the file chooser; later, because an experiment the simple
    // Setup tab cannot show makes it ask in a modal dialog
    AtomicReference<Boolean> shown = new AtomicReference<>();
    SwingUtilities.invokeLater(() -> shown.set(setup.setExperiment(exp)));
    waitFor("the Setup tab to take the experiment", () -> shown.get() != null, 30);
    if (!shown.get()) {
      throw new IllegalStateException("the Experimenter's Setup tab cannot show " + experiment);
    }
    settle();
    capture("experimenter-setup.png", windowBounds(frame));
    onEdt(() -> {
      frame.dispose();
      return null;
    });
  }

  // ---------------------------------------------------------------- Explorer parts

  private JButton startButton() throws Exception {
    return find(m_ClassifierPanel, JButton.class, b -> "Start".equals(b.getText()));
  }

  /** The object editor panel of the classifier: the one holding the first "Choose" button. */
  private PropertyPanel classifierPropertyPanel() throws Exception {
    JButton choose = find(m_ClassifierPanel, JButton.class, b -> "Choose".equals(b.getText()));
    return find(choose.getParent(), PropertyPanel.class, p -> true);
  }

  /** The classifier output: the text area inside the panel titled "Classifier output". */
  private JTextArea outputArea() throws Exception {
    return find(m_ClassifierPanel, JTextArea.class, t -> {
      for (Container c = t.getParent(); c != null; c = c.getParent()) {
        if (c instanceof javax.swing.JComponent
          && ((javax.swing.JComponent) c).getBorder() instanceof javax.swing.border.TitledBorder
          && "Classifier output".equals(
            ((javax.swing.border.TitledBorder) ((javax.swing.JComponent) c).getBorder()).getTitle())) {
          return true;
        }
      }
      return false;
    });
  }

  /** Clicks the classifier's "Choose" and returns the object editor's class tree. */
  private JTree openChooser() throws Exception {
    return openChooser(m_ClassifierPanel);
  }

  /** Clicks the first "Choose" button of a panel and returns the object editor's class tree. */
  private JTree openChooser(Container panel) throws Exception {
    JButton choose = find(panel, JButton.class, b -> "Choose".equals(b.getText()));
    onEdt(() -> {
      choose.doClick();
      return null;
    });
    JTree tree = waitForComponent(JTree.class,
      t -> t.isShowing() && SwingUtilities.getAncestorOfClass(JPopupMenu.class, t) != null);
    settle();
    return tree;
  }

  /** Chooses a classifier in the object editor's tree, as a user would. */
  private void chooseClassifier(String className) throws Exception {
    JTree tree = openChooser();
    onEdt(() -> {
      TreePath path = findPath(tree, className.split("\\."));
      if (path == null) {
        throw new IllegalStateException(className + " not in the object editor's tree");
      }
      tree.setSelectionPath(path);
      ((JPopupMenu) SwingUtilities.getAncestorOfClass(JPopupMenu.class, tree)).setVisible(false);
      return null;
    });
    settle();
  }

  // ---------------------------------------------------------------- tree helpers

  /** @return the path whose last node names are the given ones, or null */
  private static TreePath findPath(JTree tree, String... suffix) {
    for (TreePath p : allPaths(tree)) {
      Object[] nodes = p.getPath();
      if (nodes.length < suffix.length) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < suffix.length && match; i++) {
        match = suffix[suffix.length - 1 - i].equals(String.valueOf(
          ((DefaultMutableTreeNode) nodes[nodes.length - 1 - i]).getUserObject()));
      }
      if (match) {
        return p;
      }
    }
    return null;
  }

  private static List<TreePath> allPaths(JTree tree) {
    List<TreePath> paths = new ArrayList<>();
    DefaultMutableTreeNode root = (DefaultMutableTreeNode) tree.getModel().getRoot();
    Enumeration<TreeNode> e = root.preorderEnumeration();
    while (e.hasMoreElements()) {
      paths.add(new TreePath(((DefaultMutableTreeNode) e.nextElement()).getPath()));
    }
    return paths;
  }

  private static List<TreePath> leaves(JTree tree) {
    List<TreePath> leaves = new ArrayList<>();
    for (TreePath p : allPaths(tree)) {
      if (((TreeNode) p.getLastPathComponent()).isLeaf()) {
        leaves.add(p);
      }
    }
    return leaves;
  }

  /** The class name of a tree path: the node names from "weka" down, joined with dots. */
  private static String className(TreePath p) {
    StringBuilder b = new StringBuilder();
    for (Object n : p.getPath()) {
      String s = String.valueOf(((DefaultMutableTreeNode) n).getUserObject());
      if (b.length() > 0 || s.equals("weka")) {
        b.append(b.length() > 0 ? "." : "").append(s);
      }
    }
    return b.toString();
  }

  /** The top-level classes of the installed package jar under weka/classifiers and weka/filters. */
  private static List<String> packageClasses() throws IOException {
    File jar = new File(new File(WekaPackageManager.getPackageHome(), PACKAGE), PACKAGE + ".jar");
    if (!jar.isFile()) {
      throw new IllegalStateException("package not installed: " + jar + " missing");
    }
    TreeSet<String> names = new TreeSet<>();
    try (JarFile j = new JarFile(jar)) {
      for (JarEntry e : java.util.Collections.list(j.entries())) {
        String n = e.getName();
        if ((n.startsWith("weka/classifiers/") || n.startsWith("weka/filters/")) && n.endsWith(".class")
          && !n.contains("$")) {
          names.add(n.substring(0, n.length() - 6).replace('/', '.'));
        }
      }
    }
    return new ArrayList<>(names);
  }

  // ---------------------------------------------------------------- Swing helpers

  private static <T> T onEdt(Callable<T> c) throws Exception {
    if (SwingUtilities.isEventDispatchThread()) {
      return c.call();
    }
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> error = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      try {
        result.set(c.call());
      } catch (Exception e) {
        error.set(e);
      }
    });
    if (error.get() != null) {
      throw error.get();
    }
    return result.get();
  }

  /** The first component of a type under a root (depth first), or an exception naming what is missing. */
  private static <T extends Component> T find(Component root, Class<T> type, Predicate<T> p) throws Exception {
    T t = onEdt(() -> search(root, type, p));
    if (t == null) {
      throw new IllegalStateException("no " + type.getSimpleName() + " as expected under " + root.getClass().getName());
    }
    return t;
  }

  private static <T extends Component> T search(Component c, Class<T> type, Predicate<T> p) {
    if (type.isInstance(c) && p.test(type.cast(c))) {
      return type.cast(c);
    }
    Component[] children = c instanceof JMenu ? ((JMenu) c).getMenuComponents()
      : c instanceof Container ? ((Container) c).getComponents() : new Component[0];
    for (Component child : children) {
      T t = search(child, type, p);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static <T extends Component> T waitForComponent(Class<T> type, Predicate<T> p) throws Exception {
    long end = System.currentTimeMillis() + 30000;
    while (System.currentTimeMillis() < end) {
      T t = onEdt(() -> {
        for (Window w : Window.getWindows()) {
          if (w.isShowing()) {
            T found = search(w, type, p);
            if (found != null) {
              return found;
            }
          }
        }
        return null;
      });
      if (t != null) {
        return t;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("timed out waiting for a " + type.getSimpleName());
  }

  private static <T extends Window> T waitForWindow(Class<T> type, Predicate<Window> p) throws Exception {
    long end = System.currentTimeMillis() + 30000;
    while (System.currentTimeMillis() < end) {
      T t = onEdt(() -> {
        for (Window w : Window.getWindows()) {
          if (w.isShowing() && type.isInstance(w) && p.test(w)) {
            return type.cast(w);
          }
        }
        return null;
      });
      if (t != null) {
        return t;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("timed out waiting for a window of type " + type.getSimpleName());
  }

  private static void waitFor(String what, Callable<Boolean> condition, int seconds) throws Exception {
    long end = System.currentTimeMillis() + seconds * 1000L;
    while (System.currentTimeMillis() < end) {
      if (onEdt(condition)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("timed out after " + seconds + " s waiting for " + what);
  }

  /** Rests the mouse on a region of a component until its tool tip shows. */
  private void hover(Component c, Rectangle region) throws Exception {
    Point p = onEdt(() -> {
      Point o = c.getLocationOnScreen();
      return new Point(o.x + region.x + Math.min(region.width / 2, 40), o.y + region.y + region.height / 2);
    });
    m_Robot.mouseMove(p.x - 5, p.y);
    m_Robot.mouseMove(p.x, p.y);
    Thread.sleep(1500);
    settle();
  }

  private void settle() throws Exception {
    Toolkit.getDefaultToolkit().sync();
    m_Robot.waitForIdle();
    Thread.sleep(600);
    m_Robot.waitForIdle();
  }

  private static Rectangle windowBounds(Window w) throws Exception {
    return onEdt(() -> new Rectangle(w.getLocationOnScreen(), w.getSize()));
  }

  private static Rectangle screen() {
    Dimension d = Toolkit.getDefaultToolkit().getScreenSize();
    return new Rectangle(0, 0, d.width, d.height);
  }

  /** The union of all showing windows (frame, dialogs, heavyweight popups). */
  private static Rectangle showingWindowsBounds() throws Exception {
    Rectangle r = onEdt(() -> {
      Rectangle u = null;
      for (Window w : Window.getWindows()) {
        if (w.isShowing()) {
          Rectangle b = new Rectangle(w.getLocationOnScreen(), w.getSize());
          u = u == null ? b : u.union(b);
        }
      }
      return u;
    });
    return r.intersection(screen());
  }

  private void capture(String name, Rectangle region) throws IOException {
    write(name, m_Robot.createScreenCapture(region));
  }

  private void write(String name, BufferedImage img) throws IOException {
    File f = new File(m_OutDir, name);
    ImageIO.write(img, "png", f);
    log("wrote " + f + " (" + img.getWidth() + "x" + img.getHeight() + ")");
  }

  private static void log(String s) {
    System.err.println("[screenshots] " + s);
  }

  static List<String> expectedFiles() {
    return Arrays.asList("explorer-classifier-tree.png", "explorer-object-editor.png", "explorer-metrics-output.png",
      "explorer-plugins-menu.png", "explorer-long-tail-chart.png", "experimenter-setup.png");
  }
}
