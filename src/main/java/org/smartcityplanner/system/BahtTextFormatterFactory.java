package org.smartcityplanner.system;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.BahtText;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * Binds form fields marked {@link BahtText} through {@link Baht#parse}, so a plan form reads money exactly as the
 * action-plan forms do. A refusal becomes the field's {@code typeMismatch} error; its message says which forms
 * are accepted.
 */
class BahtTextFormatterFactory implements AnnotationFormatterFactory<BahtText> {

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(BigDecimal.class, Baht.class);
	}

	@Override
	public Printer<?> getPrinter(BahtText annotation, Class<?> fieldType) {
		return (Object value, Locale locale) -> value instanceof BigDecimal number ? number.toPlainString()
				: String.valueOf(value);
	}

	@Override
	public Parser<?> getParser(BahtText annotation, Class<?> fieldType) {
		if (fieldType == Baht.class) {
			return (String text, Locale locale) -> Baht.parse(text, "");
		}
		return (String text, Locale locale) -> {
			Baht amount = Baht.parse(text, "");
			return amount == null ? null : amount.toBigDecimal();
		};
	}
}
