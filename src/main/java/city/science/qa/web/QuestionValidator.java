package city.science.qa.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Question}, saying which of its two rules a text breaks. */
public class QuestionValidator implements ConstraintValidator<Question, String> {

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        if (text == null || text.isBlank()) {
            return true;
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return refuse(context, "The question has no words.");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            return refuse(context, "The question contains control characters.");
        }
        return true;
    }

    private static boolean refuse(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }

}
