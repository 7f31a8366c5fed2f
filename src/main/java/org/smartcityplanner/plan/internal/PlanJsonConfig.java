package org.smartcityplanner.plan.internal;

import org.smartcityplanner.plan.model.ItemId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * Item ids are plain strings in the plan's JSON (export, import, API, versions, audit).
 */
@Configuration(proxyBeanMethods = false)
class PlanJsonConfig {

	@Bean
	JacksonModule planItemIds() {
		SimpleModule module = new SimpleModule("smart-city-planner-plan");
		module.addSerializer(ItemId.class, ToStringSerializer.instance);
		module.addDeserializer(ItemId.class, new StdDeserializer<ItemId>(ItemId.class) {
			@Override
			public ItemId deserialize(JsonParser parser, DeserializationContext context) {
				String text = parser.getValueAsString();
				if (text == null || text.isBlank() || text.length() > 36) {
					return (ItemId) context.handleWeirdStringValue(ItemId.class, text, "not a plan item id");
				}
				return new ItemId(text.trim());
			}
		});
		return module;
	}
}
