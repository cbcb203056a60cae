package nl.maatwerk.inwoner;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.maatwerk.regels.Bsn;

/** Nine digits that pass the 11-proef. An empty value is left to {@code @NotBlank}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = GeldigBsn.Validator.class)
@org.springframework.modulith.NamedInterface("intern")
public @interface GeldigBsn {

    String message() default "Dit is geen geldig BSN. Een BSN heeft 9 cijfers en voldoet aan de 11-proef.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GeldigBsn, String> {
        @Override
        public boolean isValid(String waarde, ConstraintValidatorContext context) {
            return waarde == null || waarde.isBlank() || Bsn.isGeldig(waarde);
        }
    }
}
