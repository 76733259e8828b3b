package city.science.qa.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits Chinese and English text into sentences, keeping each sentence's closing quotes with it. */
public final class Sentences {

  private static final Pattern CHINESE_END = Pattern.compile("[^。！？!?…]*(?:[。！？!?…]+[”’」』)）]*|$)");
  private static final Pattern ENGLISH_END =
      Pattern.compile("(?<!\\b(?:No|Mr|Ms|Mrs|Dr|St|vs)\\.)(?<=[.!?…][\"”’)]?)\\s+(?=[\"“(]?[A-Z0-9])");

  private Sentences() {
  }

  public static List<String> chinese(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = CHINESE_END.matcher(text);
    while (m.find()) {
      String s = m.group().strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
      if (m.end() >= text.length()) {
        break;
      }
    }
    return out;
  }

  public static List<String> english(String text) {
    List<String> out = new ArrayList<>();
    for (String s : ENGLISH_END.split(text.strip())) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  public static List<String> of(String text, boolean english) {
    return english ? english(text) : chinese(text);
  }
}
