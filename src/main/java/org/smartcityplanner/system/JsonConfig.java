package org.smartcityplanner.system;

import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * JSON for the shared value types, kept out of the framework-free {@code shared} package: a province code is
 * the plain string {@code "TH-65"} in the API and in audit snapshots, and a malformed one is a 400.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

	@Bean
	JacksonModule sharedValueTypes() {
		SimpleModule module = new SimpleModule("smart-city-planner-shared");
		module.addSerializer(ProvinceCode.class, ToStringSerializer.instance);
		module.addDeserializer(ProvinceCode.class, new ProvinceCodeDeserializer());
		return module;
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
