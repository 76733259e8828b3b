package city.science.qa.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.JdbcSlice;
import city.science.qa.answer.Answer;
import city.science.qa.search.Language;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Conversations, their turns and feedback, in PostgreSQL. */
@JdbcSlice
@Import({ ConversationRepository.class, FeedbackRepository.class })
class ConversationRepositoryTest extends JdbcSlice.Database {

    @Autowired
    ConversationRepository conversations;

    @Autowired
    FeedbackRepository feedback;

    private final UUID id = UUID.randomUUID();

    @Test
    void turnsAreNumberedInOrderAndReadBackTyped() {
        assertThat(conversations.exists(id)).isFalse();
        Answer first = Answer.extractive(Language.ZH, "金凤实验室是……[1]", List.of());
        assertThat(conversations.append(id, "金凤实验室是什么？", first, "金凤实验室是什么？")).isEqualTo(1);
        Answer second = Answer.noAnswer(Language.EN, "The articles do not answer this.", List.of("How big?"));
        assertThat(conversations.append(id, "Who founded it?", second, "金凤实验室 Who founded it?")).isEqualTo(2);

        assertThat(conversations.exists(id)).isTrue();
        assertThat(conversations.turns(id)).containsExactly(
                new ConversationRepository.Turn(1, "金凤实验室是什么？", Language.ZH, "金凤实验室是……[1]", true, "金凤实验室是什么？"),
                new ConversationRepository.Turn(2, "Who founded it?", Language.EN, "The articles do not answer this.",
                        false, "金凤实验室 Who founded it?"));
        assertThat(conversations.answers(id)).extracting(ConversationRepository.StoredTurn::answerJson)
            .first()
            .asString()
            .contains("\"language\": \"zh\"", "\"mode\": \"extractive\"");
    }

    @Test
    void aTextTurnFromAnOpenAiClientHasNoStoredAnswerToShow() {
        conversations.appendText(id, "What is the Jinfeng Laboratory?", "A laboratory.");
        assertThat(conversations.turns(id)).singleElement()
            .satisfies(t -> assertThat(t.language()).isEqualTo(Language.EN));
        assertThat(conversations.answers(id)).isEmpty();
    }

    @Test
    void feedbackNeedsAnExistingTurn() {
        conversations.append(id, "q", Answer.extractive(Language.ZH, "a", List.of()), "q");
        assertThat(feedback.add(id, 1, Rating.UP, "好")).isTrue();
        assertThat(feedback.add(id, 2, Rating.DOWN, "")).isFalse();
        assertThat(feedback.add(UUID.randomUUID(), 1, Rating.DOWN, "")).isFalse();
    }

}
