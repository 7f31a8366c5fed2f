package org.smartcityplanner.participation.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService.Outcome;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Withdrawing a batch of participation codes (a lost sheet) on H2 and PostgreSQL: its unused codes stop working,
 * a used code stays used, withdrawing twice changes nothing and is audited once, another province's batch is not
 * found, and a withdrawal racing redemptions never leaves a code both used and withdrawn. Province TH-87; TH-86
 * stands for "another province".
 */
@DatabaseTest
class CodeBatchWithdrawalRepositoryTests {

	static final ProvinceCode OWN = new ProvinceCode("TH-87");
	static final ProvinceCode OTHER = new ProvinceCode("TH-86");

	@Autowired
	ParticipationCodeService codes;
	@Autowired
	JdbcClient jdbc;

	@Test
	void unusedCodesStopWorkingAndUsedOnesStayUsed() {
		ParticipationCodeService.NewBatch batch = codes.generate(OWN, "เวทีประชาคมบ้านใบหาย", 4);
		long id = batch.batch().id();
		assertThat(codes.redeem(OWN, batch.codes().get(0)).outcome()).isEqualTo(Outcome.REDEEMED);

		assertThatThrownBy(() -> codes.withdraw(OTHER, id)).isInstanceOfSatisfying(NotInProvinceException.class,
				e -> assertThat(e.field()).isEqualTo("batchId"));
		ParticipationCodeService.Withdrawal withdrawal = codes.withdraw(OWN, id);
		assertThat(withdrawal.before()).isFalse();
		assertThat(withdrawal.codesWithdrawn()).isEqualTo(3);
		CodeBatch after = withdrawal.batch();
		assertThat(after.isWithdrawn()).isTrue();
		assertThat(after.used()).isEqualTo(1);
		assertThat(after.withdrawn()).isEqualTo(3);
		assertThat(after.unused()).isZero();
		assertThat(after.withdrawnBy()).isNotBlank();

		assertThat(codes.redeem(OWN, batch.codes().get(1)).outcome()).isEqualTo(Outcome.WITHDRAWN);
		assertThat(codes.redeem(OWN, batch.codes().get(0)).outcome()).isEqualTo(Outcome.USED);
		ParticipationCodeService.Withdrawal again = codes.withdraw(OWN, id);
		assertThat(again.before()).isTrue();
		assertThat(again.codesWithdrawn()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from aud_entry
				where entity_type = 'participation-code-batch' and entity_id = ? and action = 'withdrawn'""")
			.param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
		assertThat(codes.batches(OWN)).filteredOn(b -> b.id() == id).singleElement()
			.satisfies(b -> assertThat(b.withdrawn()).isEqualTo(3));
		assertThatThrownBy(() -> codes.withdraw(OWN, Long.MAX_VALUE)).isInstanceOf(NotInProvinceException.class);
	}

	@Test
	void aWithdrawalRacingRedemptionsLeavesEachCodeEitherUsedOrWithdrawn() throws Exception {
		ParticipationCodeService.NewBatch batch = codes.generate(OWN, "เวทีประชาคมพร้อมกันใบหาย", 8);
		ExecutorService pool = Executors.newFixedThreadPool(9);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Outcome>> redemptions = new ArrayList<>();
			for (String code : batch.codes()) {
				redemptions.add(pool.submit(() -> {
					start.await();
					return codes.redeem(OWN, code).outcome();
				}));
			}
			Future<ParticipationCodeService.Withdrawal> withdrawal = pool.submit((Callable<ParticipationCodeService.Withdrawal>) () -> {
				start.await();
				return codes.withdraw(OWN, batch.batch().id());
			});
			start.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> f : redemptions) {
				outcomes.add(f.get(60, TimeUnit.SECONDS));
			}
			int withdrawn = withdrawal.get(60, TimeUnit.SECONDS).codesWithdrawn();
			long redeemed = outcomes.stream().filter(o -> o == Outcome.REDEEMED).count();
			assertThat(outcomes).allMatch(o -> o == Outcome.REDEEMED || o == Outcome.WITHDRAWN);
			assertThat(redeemed + withdrawn).isEqualTo(8);
			assertThat(jdbc.sql("select count(*) from par_code where batch_id = ? and used_at is not null and withdrawn_at is not null")
				.param(batch.batch().id()).query(Integer.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from par_code where batch_id = ? and used_at is not null")
				.param(batch.batch().id()).query(Long.class).single()).isEqualTo(redeemed);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
