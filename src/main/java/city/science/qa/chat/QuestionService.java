package city.science.qa.chat;

import city.science.qa.answer.Answer;
import city.science.qa.answer.ExtractiveAnswerer;
import city.science.qa.search.Language;
import city.science.qa.search.PassageSearch;
import city.science.qa.search.SearchHit;
import city.science.qa.web.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** One question, start to end: its conversation, retrieval, the answer, and the turn stored. */
@Service
public class QuestionService {

  private final PassageSearch search;
  private final ExtractiveAnswerer answerer;
  private final ConversationStore conversations;

  public QuestionService(PassageSearch search, ExtractiveAnswerer answerer, ConversationStore conversations) {
    this.search = search;
    this.answerer = answerer;
    this.conversations = conversations;
  }

  /** A conversation id for the question: the given one if it exists, a new one if none was given. */
  public UUID conversation(UUID given) {
    if (given == null) {
      return conversations.start();
    }
    if (!conversations.exists(given)) {
      throw new NotFoundException("No conversation " + given + ". Leave conversationId out to start a new one.");
    }
    return given;
  }

  public AskResponse ask(UUID conversationId, String question) {
    Language language = Language.of(question);
    List<SearchHit> hits = search.search(question, search.answerPassages());
    Answer answer = answerer.answer(question, language, hits);
    conversations.append(conversationId, question, answer, "");
    return AskResponse.of(conversationId.toString(), answer);
  }

  public List<SearchHit> search(String query, int k) {
    return search.search(query, k);
  }
}
