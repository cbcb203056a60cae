package nl.maatwerk.platform.web;

import nl.maatwerk.platform.Keuze;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query parameters and form fields accept an enum by its API code ({@code aanvraag}) as well as
 * by its constant name ({@code AANVRAAG}), so the API reads the same in a body and in a URL
 * (docs/conventies.md, "Codes van keuzes").
 */
@Component
class EnumCodes implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new Fabriek());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class Fabriek implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            return bron -> {
                String tekst = bron.trim();
                if (tekst.isEmpty()) {
                    return null;
                }
                for (Object waarde : type.getEnumConstants()) {
                    if (((Enum) waarde).name().equals(tekst)) {
                        return (T) waarde;
                    }
                }
                if (Keuze.class.isAssignableFrom(type)) {
                    for (Object waarde : type.getEnumConstants()) {
                        if (((Keuze) waarde).code().equals(tekst)) {
                            return (T) waarde;
                        }
                    }
                }
                throw new IllegalArgumentException("Onbekende waarde: " + tekst);
            };
        }
    }
}
