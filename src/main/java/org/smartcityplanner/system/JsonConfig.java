package org.smartcityplanner.system;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * JSON for the shared value types, kept out of the framework-free {@code shared} package: a province code is
 * the plain string {@code "TH-65"}, a fiscal year its number {@code 2570} (also as a map key), money a decimal
 * string; a number sent as a string ("35,000") is read as typed numbers are ({@link NumbersInJson}); a malformed
 * value is a 400, never a 500.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

	@Bean
	JacksonModule sharedValueTypes() {
		SimpleModule module = new SimpleModule("smart-city-planner-shared");
		module.addSerializer(ProvinceCode.class, ToStringSerializer.instance);
		module.addDeserializer(ProvinceCode.class, new ProvinceCodeDeserializer());
		module.addSerializer(FiscalYear.class, new FiscalYearSerializer());
		module.addDeserializer(FiscalYear.class, new FiscalYearDeserializer());
		module.addKeyDeserializer(FiscalYear.class, new FiscalYearKeyDeserializer());
		module.addSerializer(Baht.class, ToStringSerializer.instance);
		module.addDeserializer(Baht.class, new BahtDeserializer());
		module.setDeserializerModifier(new NumbersInJson());
		return module;
	}

	/** A fiscal year is its B.E. number, e.g. {@code 2570}. */
	static final class FiscalYearSerializer extends StdSerializer<FiscalYear> {

		FiscalYearSerializer() {
			super(FiscalYear.class);
		}

		@Override
		public void serialize(FiscalYear value, JsonGenerator generator, SerializationContext context) {
			generator.writeNumber(value.buddhistYear());
		}
	}

	static final class FiscalYearDeserializer extends StdDeserializer<FiscalYear> {

		FiscalYearDeserializer() {
			super(FiscalYear.class);
		}

		@Override
		public FiscalYear deserialize(JsonParser parser, DeserializationContext context) {
			return fiscalYear(parser.getValueAsString(), context);
		}
	}

	static final class FiscalYearKeyDeserializer extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) {
			return fiscalYear(key, context);
		}
	}

	private static FiscalYear fiscalYear(String text, DeserializationContext context) {
		try {
			return new FiscalYear(Integer.parseInt(text.trim()));
		}
		catch (RuntimeException e) {
			return (FiscalYear) context.handleWeirdStringValue(FiscalYear.class, text,
					"not a Buddhist-Era fiscal year such as 2570");
		}
	}

	/** Money is a decimal string of baht ("1200000.00"), never a binary floating-point number. */
	static final class BahtDeserializer extends StdDeserializer<Baht> {

		BahtDeserializer() {
			super(Baht.class);
		}

		@Override
		public Baht deserialize(JsonParser parser, DeserializationContext context) {
			String text = parser.getValueAsString();
			try {
				// read as money typed on a form is ("1,200,000.00", Thai digits), so a client may send either
				Baht amount = Baht.parse(text, "amount");
				if (amount != null) {
					return amount;
				}
			}
			catch (RuntimeException e) {
				// answered below as any other malformed amount
			}
			return (Baht) context.handleWeirdStringValue(Baht.class, text,
					"not an amount of baht with at most two decimals");
		}
	}

	static final class ProvinceCodeDeserializer extends StdDeserializer<ProvinceCode> {

		ProvinceCodeDeserializer() {
			super(ProvinceCode.class);
		}

		@Override
		public ProvinceCode deserialize(JsonParser parser, DeserializationContext context) {
			String text = parser.getValueAsString();
			if (!ProvinceCode.isValid(text)) {
				return (ProvinceCode) context.handleWeirdStringValue(ProvinceCode.class, text,
						"not an ISO 3166-2:TH province code");
			}
			return ProvinceCode.of(text);
		}
	}
}
