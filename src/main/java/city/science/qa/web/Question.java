package city.science.qa.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A question worth answering: it has words (a letter or a digit) and no control
 * characters (line breaks and tabs excepted). Emptiness and length are {@code @NotBlank}
 * and {@code @Size}'s business.
 */
@Documented
@Constraint(validatedBy = QuestionValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Question {

    /** The most characters a question may have. */
    int MAX_CHARS = 1000;

    String message() default "The question has no words or contains control characters.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
