package weka.imbalance.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A benchmark's command line: {@code --name value} pairs, each name one of those it knows. */
public final class BenchArgs {

  private final Map<String, String> m_Values = new HashMap<>();

  /**
   * @param args the command line
   * @param known the names it may hold, with their dashes
   * @throws IllegalArgumentException for an unknown name or a name without a value
   */
  public BenchArgs(String[] args, String... known) {
    List<String> names = Arrays.asList(known);
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in pairs, got " + String.join(" ", args));
    }
    for (int i = 0; i < args.length; i += 2) {
      if (!names.contains(args[i])) {
        throw new IllegalArgumentException("unknown argument " + args[i] + "; known: " + String.join(" ", known));
      }
      m_Values.put(args[i], args[i + 1]);
    }
  }

  /** @return the value given for name, or def */
  public String get(String name, String def) {
    return m_Values.getOrDefault(name, def);
  }

  /** @return the whole number given for name, or def */
  public int getInt(String name, int def) {
    return m_Values.containsKey(name) ? Integer.parseInt(m_Values.get(name)) : def;
  }

  /** @return the comma-separated whole numbers given for name, or def */
  public int[] getInts(String name, int[] def) {
    return m_Values.containsKey(name) ? Arrays.stream(m_Values.get(name).split(",")).filter(v -> !v.isEmpty()
      && !v.equals("none")).mapToInt(Integer::parseInt).toArray() : def;
  }
}
