package city.science.qa.answer;

import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.Sentences;
import city.science.qa.search.Language;
import city.science.qa.search.SearchHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The offline answer: no model writes anything. From the best passages it quotes the sentences that
 * share most with the question (preferring sentences with figures when the question asks how many or
 * how much), each followed by the [n] of its passage. An English question is answered from the
 * aligned English translation where there is one.
 */
@Component
public class ExtractiveAnswerer {

  private static final Pattern ASKS_QUANTITY =
      Pattern.compile("多少|几|多大|多高|多长|比例|how (many|much|large|big|far|long)|what (share|percentage|proportion)|number of|amount",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HAS_FIGURE = Pattern.compile("\\d");
  private static final Set<String> FILLER = Set.of(
      "的", "了", "是", "在", "有", "和", "与", "及", "吗", "呢", "啊", "什么", "多少", "哪些", "哪个", "哪",
      "如何", "怎么", "怎样", "几", "个", "请问", "一下", "介绍", "一", "这", "那", "它", "我", "你",
      "the", "a", "an", "of", "in", "is", "are", "was", "were", "what", "how", "which", "who", "did", "does",
      "do", "to", "for", "and", "on", "by", "at", "it", "its", "has", "have", "many", "much");

  private final ChineseWords words;
  private final AnswerProperties properties;

  public ExtractiveAnswerer(ChineseWords words, AnswerProperties properties) {
    this.words = words;
    this.properties = properties;
  }

  private record Candidate(SearchHit hit, int hitRank, String zh, String en, double score) {
  }

  public Answer answer(String question, Language language, List<SearchHit> hits) {
    if (hits.isEmpty() || hits.get(0).similarity() < properties.minScore()) {
      return noAnswer(language);
    }
    Set<String> terms = terms(question);
    boolean quantity = ASKS_QUANTITY.matcher(question).find();
    List<Candidate> candidates = new ArrayList<>();
    List<SearchHit> considered = hits.subList(0, Math.min(hits.size(), properties.passages()));
    for (int r = 0; r < considered.size(); r++) {
      candidates.addAll(candidates(considered.get(r), r, terms, quantity));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    List<Candidate> chosen = choose(candidates);
    if (chosen.isEmpty()) {
      return noAnswer(language);
    }
    return compose(language, chosen);
  }

  private List<Candidate> candidates(SearchHit hit, int rank, Set<String> terms, boolean quantity) {
    List<String> zh = Sentences.chinese(hit.text());
    List<String> en = hit.translation() == null ? List.of() : Sentences.english(hit.translation());
    boolean aligned = en.size() == zh.size();
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < zh.size(); i++) {
      String sentence = zh.get(i);
      String english = aligned ? en.get(i) : null;
      double overlap = overlap(terms, sentence + (english == null ? "" : " " + english));
      double score = overlap + hit.score() - 0.05 * rank
          + (quantity && HAS_FIGURE.matcher(sentence).find() ? 0.3 : 0);
      out.add(new Candidate(hit, rank, sentence, english, score));
    }
    return out;
  }

  private double overlap(Set<String> terms, String sentence) {
    if (terms.isEmpty()) {
      return 0;
    }
    Set<String> present = new HashSet<>(words.tokens(sentence.toLowerCase(Locale.ROOT)));
    double hit = 0;
    double all = 0;
    for (String t : terms) {
      double weight = t.length() >= 2 ? 1.0 : 0.3;
      all += weight;
      if (present.contains(t)) {
        hit += weight;
      }
    }
    return hit / all;
  }

  private Set<String> terms(String question) {
    Set<String> out = new HashSet<>();
    for (String t : words.tokens(question.toLowerCase(Locale.ROOT))) {
      if (!FILLER.contains(t) && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The best sentence, and others nearly as good, up to the configured number. */
  private List<Candidate> choose(List<Candidate> ranked) {
    List<Candidate> chosen = new ArrayList<>();
    if (ranked.isEmpty()) {
      return chosen;
    }
    double best = ranked.get(0).score();
    for (Candidate c : ranked) {
      if (chosen.size() >= properties.maxSentences() || c.score() < best * 0.8) {
        break;
      }
      chosen.add(c);
    }
    // Read in source order: by passage rank, then as the passage has them.
    chosen.sort(Comparator.comparingInt(Candidate::hitRank)
        .thenComparingInt(c -> c.hit().text().indexOf(c.zh())));
    return chosen;
  }

  private Answer compose(Language language, List<Candidate> chosen) {
    Map<String, Citation> citations = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder();
    for (Candidate c : chosen) {
      Citation citation = citations.computeIfAbsent(c.hit().passageId(),
          id -> citation(citations.size() + 1, c));
      boolean english = language == Language.EN && c.en() != null;
      if (!text.isEmpty()) {
        text.append(english ? " " : "");
      }
      text.append(english ? c.en() : c.zh()).append('[').append(citation.marker()).append(']');
    }
    return new Answer(language.code(), text.toString(), true, "extractive", List.copyOf(citations.values()));
  }

  private static Citation citation(int marker, Candidate c) {
    SearchHit h = c.hit();
    return new Citation(marker, h.passageId(), h.articleId(), h.title(), h.published(), h.text(),
        h.translation(), c.zh(), h.score());
  }

  private static Answer noAnswer(Language language) {
    String message = language == Language.EN
        ? "I could not find this in the Science City articles I have. Try asking about the Science City's "
            + "enterprises, laboratories, industries or investment figures."
        : "抱歉，现有的西部(重庆)科学城资料中没有找到这个问题的答案。可以问问科学城的企业、实验室、产业或投资数据。";
    return new Answer(language.code(), message, false, "extractive", List.of());
  }
}
