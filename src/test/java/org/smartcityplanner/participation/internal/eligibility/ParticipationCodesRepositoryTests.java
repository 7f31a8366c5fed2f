package org.smartcityplanner.participation.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.domain.eligibility.ParticipationCodes;
import org.smartcityplanner.participation.domain.eligibility.ParticipationRule;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService.Outcome;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Participation codes and the rule on H2 and PostgreSQL: only hashes stored, counts per batch, each refusal, and
 * redemption raced by eight threads with their own connections: exactly one wins each code. Province TH-80 (Nakhon
 * Si Thammarat) has no other participation test; TH-91 stands for "another province".
 */
@DatabaseTest
class ParticipationCodesRepositoryTests {

	static final ProvinceCode OWN = new ProvinceCode("TH-80");
	static final ProvinceCode OTHER = new ProvinceCode("TH-91");

	@Autowired
	ParticipationCodeService codes;
	@Autowired
	Eligibility eligibility;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aBatchKeepsOnlyHashesAndEachCodeWorksOnceInItsProvince() {
		ParticipationCodeService.NewBatch batch = codes.generate(OWN, "  เวทีประชาคมบ้านทดสอบ 1  ", 12);
		assertThat(batch.codes()).hasSize(12).doesNotHaveDuplicates()
			.allSatisfy(c -> assertThat(ParticipationCodes.normalise(c)).contains(c));
		assertThat(batch.batch().label()).isEqualTo("เวทีประชาคมบ้านทดสอบ 1");
		List<String> stored = jdbc.sql("select code_hash from par_code where batch_id = ?").param(batch.batch().id())
			.query(String.class).list();
		assertThat(stored).hasSize(12).noneMatch(h -> batch.codes().stream().anyMatch(h::contains))
			.containsExactlyInAnyOrderElementsOf(batch.codes().stream().map(ParticipationCodeService::hash).toList());

		String first = batch.codes().get(0);
		assertThat(codes.redeem(OTHER, first).outcome()).isEqualTo(Outcome.OTHER_PROVINCE);
		ParticipationCodeService.Redemption won = codes.redeem(OWN, ParticipationCodes.printed(first).toLowerCase());
		assertThat(won.outcome()).isEqualTo(Outcome.REDEEMED);
		assertThat(won.codeId()).isNotNull();
		assertThat(codes.redeem(OWN, first).outcome()).isEqualTo(Outcome.USED);
		assertThat(codes.redeem(OWN, "23456-789AB").outcome()).isIn(Outcome.UNKNOWN);
		assertThat(codes.redeem(OWN, "hello").outcome()).isEqualTo(Outcome.NOT_A_CODE);

		CodeBatch listed = codes.batches(OWN).stream().filter(b -> b.id() == batch.batch().id()).findFirst()
			.orElseThrow();
		assertThat(listed.codes()).isEqualTo(12);
		assertThat(listed.used()).isEqualTo(1);
		assertThat(listed.unused()).isEqualTo(11);
		assertThat(codes.batches(OTHER)).noneMatch(b -> b.id() == batch.batch().id());
	}

	@Test
	void ofEightSessionsTypingTheSameCodeAtOnceExactlyOneWins() throws Exception {
		ParticipationCodeService.NewBatch batch = codes.generate(OWN, "เวทีประชาคมพร้อมกัน", 5);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (String code : batch.codes()) {
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Outcome>> tries = new ArrayList<>();
				for (int t = 0; t < 8; t++) {
					tries.add(pool.submit(() -> {
						start.await();
						return codes.redeem(OWN, code).outcome();
					}));
				}
				start.countDown();
				List<Outcome> outcomes = new ArrayList<>();
				for (Future<Outcome> f : tries) {
					outcomes.add(f.get(30, TimeUnit.SECONDS));
				}
				assertThat(outcomes).filteredOn(o -> o == Outcome.REDEEMED).hasSize(1);
				assertThat(outcomes).filteredOn(o -> o == Outcome.USED).hasSize(7);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from par_code where batch_id = ? and used_at is not null")
			.param(batch.batch().id()).query(Integer.class).single()).isEqualTo(5);
	}

	@Test
	void aBatchNeedsALabelAndASensibleCount() {
		assertThatThrownBy(() -> codes.generate(OWN, " ", 0)).isInstanceOfSatisfying(InputProblemsException.class,
				e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("label", "count"));
		assertThatThrownBy(() -> codes.generate(OWN, "x".repeat(151), 501))
			.isInstanceOfSatisfying(InputProblemsException.class, e -> assertThat(e.problems())
				.extracting(p -> p.messageKey()).containsExactly("participation.codes.labelTooLong",
						"participation.codes.countRange"));
		assertThatThrownBy(() -> codes.generate(OWN, "ok", null)).isInstanceOf(InputProblemsException.class);
	}

	@Test
	void theRuleIsVersionedAndStrict() {
		RuleSetting start = eligibility.rule(OWN);
		assertThat(start.rule()).isEqualTo(ParticipationRule.DEFAULT);
		try {
			RuleSetting code = eligibility.save(OWN, "CODE", start.version());
			assertThat(code.rule()).isEqualTo(ParticipationRule.CODE);
			assertThat(code.version()).isEqualTo(start.version() + 1);
			assertThatThrownBy(() -> eligibility.save(OWN, "ACCOUNT", start.version()))
				.isInstanceOf(OptimisticLockingFailureException.class);
			assertThatThrownBy(() -> eligibility.save(OWN, "EVERYBODY", code.version()))
				.isInstanceOf(InputProblemsException.class);
			assertThat(eligibility.rule(OWN)).isEqualTo(code);
		}
		finally {
			eligibility.save(OWN, "ANYONE", eligibility.rule(OWN).version());
		}
	}
}
