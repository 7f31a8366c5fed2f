package org.smartcityplanner.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class AuditChangesTests {

	AuditChanges changes = new AuditChanges(JsonMapper.builder().build());

	@Test
	void listsOnlyTheFieldsThatChanged() {
		assertThat(changes.between("{\"name\":\"A\",\"roles\":[\"TRAINEE\"],\"version\":0}",
				"{\"name\":\"B\",\"roles\":[\"TRAINEE\"],\"version\":1}"))
			.containsExactly(new AuditChanges.FieldChange("name", "A", "B"),
					new AuditChanges.FieldChange("version", "0", "1"));
	}

	@Test
	void aCreationShowsEveryFieldAsNew() {
		assertThat(changes.between(null, "{\"username\":\"manee\",\"provinces\":[\"TH-65\"]}"))
			.containsExactly(new AuditChanges.FieldChange("username", "", "manee"),
					new AuditChanges.FieldChange("provinces", "", "[\"TH-65\"]"));
	}

	@Test
	void noSnapshotsMeanNoFields() {
		assertThat(changes.between(null, null)).isEmpty();
	}
}
