package org.smartcityplanner.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.ProjectRemoved;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.testing.Publications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Restart safety on H2 and PostgreSQL: a removal the registry stored but whose listener never ran (the node
 * stopped right after the plan's commit) is delivered when the registry republishes it, as it does on start-up
 * ({@code republish-outstanding-events-on-restart}), and is then marked complete.
 */
@DatabaseTest
class RemovedProjectRepublishTests {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-77");

	@Autowired
	EventPublicationRegistry registry;
	@Autowired
	IncompleteEventPublications incomplete;
	@Autowired
	CompletedEventPublications completed;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aRemovalStoredButNeverDeliveredIsCompletedWhenTheRegistryRepublishesIt() {
		String projectId = ItemId.random().value();
		leftBehindRows(projectId);
		ProjectRemoved event = new ProjectRemoved(PROVINCE, new ItemId(projectId));
		// what the registry keeps in the publishing transaction; nothing delivers it afterwards
		transactions.executeWithoutResult(status -> registry.store(event,
				Stream.of(PublicationTargetIdentifier.of(RemovedProjectCleanup.LISTENER_ID))));
		assertThat(registry.findIncompletePublications()).anyMatch(publication -> publication.getEvent().equals(event));
		assertThat(rowsOf(projectId)).isEqualTo(2);

		incomplete.resubmitIncompletePublications(publication -> publication.getEvent().equals(event));

		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> rowsOf(projectId) == 0 && Publications.completions(completed, event) == 1);
		assertThat(registry.findIncompletePublications()).noneMatch(publication -> publication.getEvent().equals(event));
	}

	/** Rows of a project no longer in the plan, as the action plan kept them before it listened to removals. */
	private void leftBehindRows(String projectId) {
		jdbc.sql("""
				insert into acp_budget_line (project_id, province_code, fiscal_year, category_code, amount_satang)
				values (?, ?, 2570, 'OPERATING', 100000)""").params(projectId, PROVINCE.value()).update();
		jdbc.sql("insert into acp_score (project_id, province_code, criterion, score) values (?, ?, 'ALIGNMENT', 8)")
			.params(projectId, PROVINCE.value()).update();
	}

	private long rowsOf(String projectId) {
		long rows = 0;
		for (String table : List.of("acp_budget_line", "acp_score")) {
			rows += jdbc.sql("select count(*) from " + table + " where province_code = ? and project_id = ?")
				.params(PROVINCE.value(), projectId).query(Long.class).single();
		}
		return rows;
	}
}
