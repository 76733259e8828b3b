package city.science.qa.staff;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.JdbcSlice;
import city.science.qa.answer.Answer;
import city.science.qa.conversation.ConversationRepository;
import city.science.qa.conversation.FeedbackRepository;
import city.science.qa.conversation.Rating;
import city.science.qa.search.Language;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * What staff review: recent answers, narrowed by feedback, abstention or a search word.
 */
@JdbcSlice
@Import({ AnswerReviewRepository.class, ConversationRepository.class, FeedbackRepository.class })
class AnswerReviewRepositoryTest extends JdbcSlice.Database {

    @Autowired
    AnswerReviewRepository review;

    @Autowired
    ConversationRepository conversations;

    @Autowired
    FeedbackRepository feedback;

    @Test
    void filtersNarrowTheListAndTheSearchFindsWordsInQuestionsAndAnswers() {
        UUID id = UUID.randomUUID();
        String marker = "审查" + id.toString().substring(0, 8);
        conversations.append(id, marker + "光大基地投资多少？", Answer.extractive(Language.ZH, "投资约200亿元。[1]", List.of()), "");
        conversations.append(id, marker + "明天天气？", Answer.noAnswer(Language.ZH, "没有答案。", List.of()), "");
        feedback.add(id, 1, Rating.DOWN, "要写明年份");

        assertThat(review.recent(AnswerReviewRepository.Filter.ALL, marker, 10)).hasSize(2);
        assertThat(review.recent(AnswerReviewRepository.Filter.NEGATIVE, marker, 10)).singleElement().satisfies(r -> {
            assertThat(r.turn()).isEqualTo(1);
            assertThat(r.rating()).isEqualTo("down");
            assertThat(r.comment()).isEqualTo("要写明年份");
        });
        assertThat(review.recent(AnswerReviewRepository.Filter.ABSTAINED, marker, 10)).singleElement()
            .satisfies(r -> assertThat(r.grounded()).isFalse());
        assertThat(review.recent(AnswerReviewRepository.Filter.ALL, "200亿", 500))
            .anyMatch(r -> r.question().startsWith(marker));
        assertThat(review.recent(AnswerReviewRepository.Filter.ALL, marker, 1)).hasSize(1);
    }

}
