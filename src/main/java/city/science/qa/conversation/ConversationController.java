package city.science.qa.conversation;

import city.science.qa.web.NotFoundException;
import city.science.qa.web.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A conversation shown again after a reload, and readers' feedback on its answers. */
@RestController
class ConversationController {

    private final ConversationRepository conversations;

    private final FeedbackRepository feedback;

    ConversationController(ConversationRepository conversations, FeedbackRepository feedback) {
        this.conversations = conversations;
        this.feedback = feedback;
    }

    @GetMapping("/api/conversations/{id}")
    Mono<ConversationView> conversation(@PathVariable("id") @Pattern(regexp = Patterns.UUID,
            message = "conversationId is not a UUID.") String conversationId) {
        UUID id = UUID.fromString(conversationId.strip());
        return Mono.fromCallable(() -> {
            if (!conversations.exists(id)) {
                throw new NotFoundException("No conversation " + id + ".");
            }
            return new ConversationView(id.toString(),
                    conversations.answers(id).stream().map(ConversationView.Turn::of).toList());
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping(path = "/api/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<FeedbackReceipt> feedback(@Valid @RequestBody FeedbackRequest request) {
        return Mono.fromCallable(() -> {
            if (!feedback.add(request.conversation(), request.turn(), request.rating(), request.commentText())) {
                throw new NotFoundException(
                        "No answer " + request.turn() + " in conversation " + request.conversation() + ".");
            }
            return new FeedbackReceipt(true);
        }).subscribeOn(Schedulers.boundedElastic());
    }

}
