package city.science.qa.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of {@code GET /v1/models}: this service, as the one model it offers. */
public record ModelList(String object, List<Model> data) {

    static ModelList ofThisService() {
        return new ModelList("list",
                List.of(new Model(ChatCompletionsController.MODEL, "model", 0, ChatCompletionsController.MODEL)));
    }

    /** One model. */
    public record Model(String id, String object, long created, @JsonProperty("owned_by") String ownedBy) {
    }
}
