package org.smartcityplanner.system;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

import org.smartcityplanner.shared.NumberText;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * A number a JSON client sends as a string ({@code "35,000"}, {@code "๓๕,๐๐๐"}, as a form would post it) is read
 * by {@link NumberText}, like every typed number; a JSON number and every other token are left to Jackson. Text
 * that is not a number is a 400 naming the field, as any malformed value is.
 */
final class NumbersInJson extends ValueDeserializerModifier {

	private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.of(Integer.class,
			NumberText::wholeInt, int.class, NumberText::wholeInt, Long.class, NumberText::whole, long.class,
			NumberText::whole, BigDecimal.class, NumberText::decimal);

	@Override
	public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
			ValueDeserializer<?> deserializer) {
		Function<String, Object> parser = PARSERS.get(description.getBeanClass());
		return parser == null ? deserializer : new FromText(deserializer, parser, description.getBeanClass());
	}

	/** Reads string tokens with {@link NumberText}; hands everything else to Jackson's own deserializer. */
	static final class FromText extends DelegatingDeserializer {

		private final Function<String, Object> parser;
		private final Class<?> type;

		FromText(ValueDeserializer<?> delegatee, Function<String, Object> parser, Class<?> type) {
			super(delegatee);
			this.parser = parser;
			this.type = type;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
			return new FromText(delegatee, parser, type);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.hasToken(JsonToken.VALUE_STRING) && !parser.getString().isBlank()) {
				String text = parser.getString();
				try {
					return this.parser.apply(text);
				}
				catch (NumberText.NotANumberException notANumber) {
					return context.handleWeirdStringValue(type, text, "not a number: " + notANumber.problem());
				}
			}
			return super.deserialize(parser, context);
		}
	}
}
