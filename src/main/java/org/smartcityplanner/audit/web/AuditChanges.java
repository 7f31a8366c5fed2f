package org.smartcityplanner.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an entry's before/after snapshots into the fields that changed, so admins read "displayName: A → B"
 * instead of comparing two JSON documents by eye.
 */
@Component
class AuditChanges {

	private final JsonMapper json;

	AuditChanges(JsonMapper json) {
		this.json = json;
	}

	/**
	 * One changed top-level field.
	 *
	 * @param field the field name
	 * @param before its value before (compact JSON), or empty
	 * @param after its value after (compact JSON), or empty
	 */
	record FieldChange(String field, String before, String after) {
	}

	List<FieldChange> between(String beforeJson, String afterJson) {
		JsonNode before = parse(beforeJson);
		JsonNode after = parse(afterJson);
		Set<String> fields = new LinkedHashSet<>();
		before.propertyNames().forEach(fields::add);
		after.propertyNames().forEach(fields::add);
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			JsonNode old = before.get(field);
			JsonNode now = after.get(field);
			if (old == null || now == null || !old.equals(now)) {
				changes.add(new FieldChange(field, text(old), text(now)));
			}
		}
		return changes;
	}

	private JsonNode parse(String text) {
		if (text == null || text.isBlank()) {
			return json.createObjectNode();
		}
		JsonNode node = json.readTree(text);
		return node.isObject() ? node : json.createObjectNode().set("value", node);
	}

	private static String text(JsonNode node) {
		if (node == null || node.isNull()) {
			return "";
		}
		return node.isString() ? node.asString() : node.toString();
	}
}
