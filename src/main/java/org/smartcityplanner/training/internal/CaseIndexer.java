package org.smartcityplanner.training.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes the words of cases that have none yet (those loaded by migration). Each case is indexed in its own
 * transaction; when two nodes start together, the second one's insert of an existing word is refused and it
 * leaves that case to the first.
 */
@Component
class CaseIndexer implements ApplicationRunner {

	private final JdbcClient jdbc;
	private final CaseStudyService cases;
	private final TransactionTemplate transactions;

	CaseIndexer(JdbcClient jdbc, CaseStudyService cases, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Long> unindexed = jdbc.sql("""
				select id from trn_case_study c where not exists (select 1 from trn_case_token t where t.case_id = c.id)""")
			.query(Long.class).list();
		for (long id : unindexed) {
			try {
				transactions.executeWithoutResult(status -> cases.caseStudy(id).ifPresent(cases::index));
			}
			catch (DataIntegrityViolationException e) {
				// another node indexed it at the same moment
			}
		}
	}
}
