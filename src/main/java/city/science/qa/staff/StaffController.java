package city.science.qa.staff;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Where staff verify answers: {@code /staff} (the page, which asks for the admin token)
 * and, behind the token, the recent answers as JSON or CSV.
 */
@RestController
class StaffController {

    private static final int MAX_ROWS = 1000;

    private final AnswerReviewRepository queries;

    private final Resource page;

    StaffController(AnswerReviewRepository queries, @Value("classpath:/static/staff.html") Resource page) {
        this.queries = queries;
        this.page = page;
    }

    @GetMapping(path = "/staff", produces = MediaType.TEXT_HTML_VALUE)
    Resource page() {
        return page;
    }

    @GetMapping("/api/admin/turns")
    Mono<List<AnswerReviewRepository.Row>> turns(@RequestParam(name = "filter", defaultValue = "all") String filter,
            @RequestParam(name = "q", defaultValue = "") String search,
            @RequestParam(name = "limit", defaultValue = "200") int limit) {
        AnswerReviewRepository.Filter f = filter(filter);
        return Mono.fromCallable(() -> queries.recent(f, search, Math.max(1, Math.min(limit, MAX_ROWS))))
            .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/api/admin/turns.csv")
    Mono<ResponseEntity<String>> csv(@RequestParam(name = "filter", defaultValue = "all") String filter,
            @RequestParam(name = "q", defaultValue = "") String search) {
        AnswerReviewRepository.Filter f = filter(filter);
        return Mono
            .fromCallable(() -> ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"science-city-qa-answers.csv\"")
                .body(toCsv(queries.recent(f, search, MAX_ROWS))))
            .subscribeOn(Schedulers.boundedElastic());
    }

    private static AnswerReviewRepository.Filter filter(String name) {
        try {
            return AnswerReviewRepository.Filter.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        catch (IllegalArgumentException e) {
            throw new city.science.qa.web.BadRequestException("filter",
                    "filter must be one of all, feedback, negative, abstained, figure-failures.");
        }
    }

    // A byte-order mark first, so that spreadsheet programs read the Chinese text as
    // UTF-8.
    static String toCsv(List<AnswerReviewRepository.Row> rows) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out,
                CSVFormat.DEFAULT.builder()
                    .setHeader("asked_at", "conversation_id", "turn", "language", "question", "answer", "mode",
                            "grounded", "figures_not_found", "rating", "comment", "answer_json")
                    .get())) {
            for (AnswerReviewRepository.Row r : rows) {
                csv.printRecord(r.askedAt(), r.conversationId(), r.turn(), r.language(), r.question(), r.answer(),
                        r.mode(), r.grounded(), r.figuresNotFound(), r.rating(), r.comment(), r.answerJson());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

}
