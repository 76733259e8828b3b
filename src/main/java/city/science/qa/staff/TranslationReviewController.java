package city.science.qa.staff;

import city.science.qa.translation.PassageTranslations;
import city.science.qa.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Staff's view of the translation gap, behind the admin token: how much of each article
 * is translated (by people, by a reviewed or an unreviewed machine translation, not at
 * all), the machine translations waiting for review, and accepting or correcting one.
 */
@RestController
class TranslationReviewController {

    private static final int PENDING_ROWS = 200;

    // Passage ids are the first 12 bytes of a SHA-256, in hex.
    private static final String PASSAGE_ID = "[0-9a-f]{24}";

    private final PassageTranslations translations;

    TranslationReviewController(PassageTranslations translations) {
        this.translations = translations;
    }

    /** The translation coverage of every article and the translations to review. */
    record TranslationReport(List<PassageTranslations.ArticleCoverage> articles,
            List<PassageTranslations.Pending> unreviewed) {
    }

    /** Staff's own English for a passage. */
    record Correction(@NotBlank @Size(max = 20_000) String english) {
    }

    @GetMapping("/api/admin/translations")
    Mono<TranslationReport> report() {
        return Mono
            .fromCallable(() -> new TranslationReport(translations.coverage(), translations.unreviewed(PENDING_ROWS)))
            .subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping("/api/admin/translations/{passageId}/accept")
    Mono<ResponseEntity<Void>> accept(@PathVariable @Pattern(regexp = PASSAGE_ID) String passageId) {
        return Mono.fromCallable(() -> found(translations.accept(passageId), passageId))
            .subscribeOn(Schedulers.boundedElastic());
    }

    @PutMapping("/api/admin/translations/{passageId}")
    Mono<ResponseEntity<Void>> correct(@PathVariable @Pattern(regexp = PASSAGE_ID) String passageId,
            @Valid @RequestBody Correction correction) {
        return Mono.fromCallable(() -> found(translations.correct(passageId, correction.english().strip()), passageId))
            .subscribeOn(Schedulers.boundedElastic());
    }

    private static ResponseEntity<Void> found(boolean updated, String passageId) {
        if (!updated) {
            throw new NotFoundException("No machine translation of passage " + passageId + " to review.");
        }
        return ResponseEntity.noContent().build();
    }

}
