package city.science.qa.llm;

import city.science.qa.search.SearchHit;
import city.science.qa.translation.PassageTranslations;
import city.science.qa.translation.TranslationSource;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * English for the passages an English answer is about to cite that nobody has translated:
 * the stored machine translation when there is one, else the language model's, stored
 * (marked machine-translated, with model and date) for reuse and for staff review. A
 * passage the model fails to translate stays in Chinese; the answer goes on.
 */
@Component
public class PassageTranslator {

    private static final Logger log = LoggerFactory.getLogger(PassageTranslator.class);

    private final LanguageModels models;

    private final TranslationDrafter drafter;

    private final PassageTranslations translations;

    public PassageTranslator(LanguageModels models, TranslationDrafter drafter, PassageTranslations translations) {
        this.models = models;
        this.drafter = drafter;
        this.translations = translations;
    }

    /**
     * The hits, each with English where it can be had. Blocking: call off the event loop.
     */
    public List<SearchHit> withTranslations(List<SearchHit> hits) {
        List<String> missing = hits.stream().filter(h -> h.translation() == null).map(SearchHit::passageId).toList();
        if (missing.isEmpty() || !models.enabled()) {
            return hits;
        }
        Map<String, PassageTranslations.Stored> stored = translations.find(missing);
        return hits.stream().map(h -> {
            if (h.translation() != null) {
                return h;
            }
            PassageTranslations.Stored known = stored.get(h.passageId());
            return known != null ? h.withTranslation(known.english(), known.source()) : translate(h);
        }).toList();
    }

    /**
     * Drafts English for passages nobody has translated (a newly published article's),
     * for staff to review: each stored as a machine translation, as if an answer had
     * cited it. Blocking. A passage the model fails on is left for a later answer.
     * @param chineseById the passages' Chinese, by passage id
     * @param progress told after each passage: how many are done
     * @return how many drafts were stored
     */
    public int draft(Map<String, String> chineseById, java.util.function.IntConsumer progress) {
        if (!models.enabled()) {
            return 0;
        }
        Map<String, PassageTranslations.Stored> stored = translations.find(chineseById.keySet());
        int drafted = 0;
        int done = 0;
        for (Map.Entry<String, String> passage : chineseById.entrySet()) {
            if (!stored.containsKey(passage.getKey())) {
                try {
                    translations.save(passage.getKey(), drafter.translate(passage.getValue()), drafter.modelName());
                    drafted++;
                }
                catch (RuntimeException e) {
                    log.warn("could not draft English for passage {} ({})", passage.getKey(),
                            e.getClass().getSimpleName());
                }
            }
            progress.accept(++done);
        }
        return drafted;
    }

    private SearchHit translate(SearchHit hit) {
        try {
            String english = drafter.translate(hit.text());
            translations.save(hit.passageId(), english, drafter.modelName());
            return hit.withTranslation(english, TranslationSource.MACHINE);
        }
        catch (RuntimeException e) {
            log.warn("could not translate passage {} ({}); it is cited in Chinese", hit.passageId(),
                    e.getClass().getSimpleName());
            return hit;
        }
    }

}
