package city.science.qa.ask;

import city.science.qa.answer.Answer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counters of what the answers did, for Prometheus (`/actuator/prometheus`). */
@Component
public class AnswerMetrics {

    private final MeterRegistry meters;

    private final Counter tokens;

    private final Counter fallbacks;

    public AnswerMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.tokens = Counter.builder("scqa.answer.tokens").description("Answer text pieces streamed").register(meters);
        this.fallbacks = Counter.builder("scqa.llm.fallbacks")
            .description("Answers given offline because the language model failed")
            .register(meters);
    }

    void streamed() {
        tokens.increment();
    }

    void fellBack() {
        fallbacks.increment();
    }

    void answered(Answer answer) {
        meters.counter("scqa.answers", "mode", answer.mode().wire(), "grounded", String.valueOf(answer.grounded()))
            .increment();
        if (!answer.grounded()) {
            meters.counter("scqa.answer.abstentions").increment();
        }
        if (answer.checks().figuresNotFound() > 0) {
            meters.counter("scqa.answer.figure.check.failures").increment();
        }
        if (!answer.checks().markersValid()) {
            meters.counter("scqa.answer.marker.check.failures").increment();
        }
    }

}
