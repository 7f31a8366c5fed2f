package org.smartcityplanner.system;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.smartcityplanner.shared.NumberInput;
import org.smartcityplanner.shared.NumberText;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * Every number a form or a request parameter carries is read by {@link NumberText}, registered once here: typed
 * fields ({@code Integer}, {@code Long}, {@code BigDecimal}, {@code Double} and their primitives) and text fields
 * marked {@link NumberInput}, which the rule behind them reads. So "35,000" and "๓๕,๐๐๐" are a population, a
 * count, a KPI value or an amount on every page. Numbers are printed back plain ({@code 35000}, {@code 2570}):
 * a year with a thousands separator would read oddly, and the parser accepts the plain form.
 */
final class NumberFormatters {

	private NumberFormatters() {
	}

	/** Registers the formatters; before the money annotation, whose stricter rules win on the fields it marks. */
	static void register(FormatterRegistry registry) {
		registry.addFormatterForFieldType(Integer.class, formatter(NumberText::wholeInt));
		registry.addFormatterForFieldType(Long.class, formatter(NumberText::whole));
		registry.addFormatterForFieldType(BigDecimal.class, formatter(NumberText::decimal));
		registry.addFormatterForFieldType(Double.class,
				formatter(text -> NumberText.decimal(text) == null ? null : NumberText.decimal(text).doubleValue()));
		registry.addFormatterForFieldAnnotation(new NumberInputFormatterFactory());
	}

	private static <T extends Number> Formatter<T> formatter(Function<String, T> parse) {
		return new Formatter<>() {

			@Override
			public T parse(String text, Locale locale) {
				return parse.apply(text);
			}

			@Override
			public String print(T number, Locale locale) {
				return number instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(number);
			}
		};
	}

	/** Text fields that hold a number get it in the plain form; other text stays as typed, for the rule to refuse. */
	static final class NumberInputFormatterFactory implements AnnotationFormatterFactory<NumberInput> {

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(String.class);
		}

		@Override
		public Printer<?> getPrinter(NumberInput annotation, Class<?> fieldType) {
			return (Object value, Locale locale) -> String.valueOf(value);
		}

		@Override
		public Parser<?> getParser(NumberInput annotation, Class<?> fieldType) {
			return (String text, Locale locale) -> NumberText.normalised(text);
		}
	}
}
