package org.smartcityplanner.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job queue on the database (H2 and PostgreSQL): one claim per job, progress and cancellation under the
 * claim, stale claims put back, files stored and read back byte for byte.
 */
@DatabaseTest
// One transaction per test, rolled back: the running report worker of the shared application context never sees
// (and so never claims or recovers) a job of these tests, and the tests need no context of their own.
@Transactional
class JobStoreTests {

	@Autowired
	JobStore jobs;
	@Autowired
	FileStore files;

	private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

	private ReportJob queued(String province) {
		ReportJob job = new ReportJob(UUID.randomUUID().toString(), new ProvinceCode(province),
				ReportKind.MASTER_PLAN_BOOK, 7, "ฉบับ 7", "th", false, JobState.QUEUED, 0, null, false, "coordinator",
				NOW, null, null, false);
		jobs.insert(job);
		return job;
	}

	private void drainQueue() {
		while (jobs.claimNext("cleanup", NOW).isPresent()) {
			// other tests' leftovers must not be claimed by the assertions below
		}
	}

	@Test
	void aJobIsClaimedOnceAndReportsProgressUnderItsClaim() {
		drainQueue();
		ReportJob job = queued("TH-10");

		var first = jobs.claimNext("node-a", NOW).orElseThrow();
		assertThat(first.job().id()).isEqualTo(job.id());
		assertThat(first.job().state()).isEqualTo(JobState.RUNNING);
		assertThat(jobs.claimNext("node-b", NOW)).isEmpty();

		assertThat(jobs.progress(first, 40, "reports.step.chapters", NOW)).isTrue();
		assertThat(jobs.find(job.id()).orElseThrow().progress()).isEqualTo(40);
		assertThat(jobs.cancel(job.id(), NOW)).isTrue();
		assertThat(jobs.progress(first, 50, "reports.step.chapters", NOW)).as("cancel seen").isFalse();
		assertThat(jobs.finish(first, JobState.CANCELLED, "reports.note.cancelled", null, NOW)).isTrue();
		assertThat(jobs.cancel(job.id(), NOW)).as("already ended").isFalse();
	}

	@Test
	void aClaimWhoseHeartbeatStoppedGoesBackToTheQueueAndTheOldClaimIsVoid() {
		drainQueue();
		ReportJob job = queued("TH-11");
		var dead = jobs.claimNext("node-dead", NOW).orElseThrow();

		int recovered = jobs.recoverStale(NOW.plus(Duration.ofMinutes(20)).minus(Duration.ofMinutes(15)), 3,
				NOW.plus(Duration.ofMinutes(20)));

		assertThat(recovered).isEqualTo(1);
		assertThat(jobs.find(job.id()).orElseThrow().state()).isEqualTo(JobState.QUEUED);
		var again = jobs.claimNext("node-alive", NOW.plus(Duration.ofMinutes(20))).orElseThrow();
		assertThat(again.job().id()).isEqualTo(job.id());
		assertThat(jobs.progress(dead, 90, "reports.step.pdf", NOW)).as("old claim lost").isFalse();
		assertThat(jobs.finish(dead, JobState.DONE, null, null, NOW)).isFalse();
		assertThat(jobs.finish(again, JobState.DONE, null, null, NOW)).isTrue();
	}

	@Test
	void aQueuedJobIsCancelledAtOnce() {
		ReportJob job = queued("TH-12");
		assertThat(jobs.cancel(job.id(), NOW)).isTrue();
		assertThat(jobs.find(job.id()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
	}

	@Test
	void storesFilesInTheDatabaseAndReadsThemBackWhole() {
		ReportJob job = queued("TH-13");
		byte[] content = new byte[300_000];
		new java.util.Random(7).nextBytes(content);
		GeneratedFile file = new GeneratedFile(UUID.randomUUID().toString(), job.id(), job.province(), job.kind(),
				"docx", "th", 7, "ฉบับ 7", "ab".repeat(32), "masterplan.docx", content.length, "coordinator", NOW);
		files.insert(file, BookGenerator.DOCX_TYPE, content);

		var back = files.find(job.province(), file.id()).orElseThrow();
		assertThat(back.content()).isEqualTo(content);
		assertThat(back.file().planVersionName()).isEqualTo("ฉบับ 7");
		assertThat(files.find(new ProvinceCode("TH-14"), file.id())).as("other province").isEmpty();
		assertThat(files.ofProvince(job.province())).extracting(GeneratedFile::id).contains(file.id());
	}
}
