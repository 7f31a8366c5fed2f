package org.smartcityplanner.participation.internal.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.domain.opinion.VoteValue;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.testing.Races;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One vote per participant and statement, by the database's unique key, on H2 and PostgreSQL, with requests racing
 * as they do on several nodes; a vote changes, a replay changes nothing. TH-74 (Samut Sakhon; the assigned TH-68 is no province code) has no process, so the
 * opinion map is open there.
 */
@DatabaseTest
class OpinionVoteRepositoryTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-74");

	@Autowired
	OpinionService opinions;
	@Autowired
	OpinionAnalyses analyses;
	@Autowired
	JdbcClient jdbc;

	@Test
	void racingVotesOfOneParticipantStoreOneRowAndTheLastVoteChangesIt() throws Exception {
		Conversation conversation = opinions.create(PROVINCE, "รถโดยสารไฟฟ้าในตัวเมือง", "", false);
		long statement = opinions.addStatement(PROVINCE, conversation.id(), "ควรมีรถโดยสารไฟฟ้าทุก 15 นาที").id();

		List<VoteOutcome> outcomes = Races.race(8,
				() -> opinions.vote(PROVINCE, conversation.id(), statement, VoteValue.AGREE, "session:phone-1"));

		assertThat(outcomes).allMatch(VoteOutcome::accepted);
		assertThat(votes(statement)).isEqualTo(1);
		assertThat(opinions.vote(PROVINCE, conversation.id(), statement, VoteValue.AGREE, "session:phone-1"))
			.isEqualTo(VoteOutcome.ALREADY_STORED);
		assertThat(opinions.vote(PROVINCE, conversation.id(), statement, VoteValue.DISAGREE, "session:phone-1"))
			.isEqualTo(VoteOutcome.STORED);
		assertThat(votes(statement)).isEqualTo(1);
		assertThat(opinions.votesOf(PROVINCE, conversation.id(), "session:phone-1"))
			.containsEntry(statement, VoteValue.DISAGREE);
	}

	@Test
	void theDatabaseRefusesASecondRowForTheSameParticipantAndStatement() {
		Conversation conversation = opinions.create(PROVINCE, "ทางจักรยานริมทะเล", "", false);
		long statement = opinions.addStatement(PROVINCE, conversation.id(), "ทางจักรยานควรแยกจากถนน").id();
		opinions.vote(PROVINCE, conversation.id(), statement, VoteValue.PASS, "code:17");

		assertThatThrownBy(() -> jdbc.sql("""
				insert into par_opinion_vote (statement_id, participant_key, conversation_id, vote, voted_at)
				values (?, 'code:17', ?, 'AGREE', current_timestamp)""").params(statement, conversation.id()).update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aClosedConversationRefusesVotesAndAnotherProvincesIdIsNotFound() {
		Conversation conversation = opinions.create(PROVINCE, "ตลาดชุมชนวันหยุด", "", false);
		long statement = opinions.addStatement(PROVINCE, conversation.id(), "ควรปิดถนนทำตลาดทุกวันอาทิตย์").id();
		opinions.setOpen(PROVINCE, conversation.id(), conversation.version(), false);

		assertThat(opinions.vote(PROVINCE, conversation.id(), statement, VoteValue.AGREE, "session:x"))
			.isEqualTo(VoteOutcome.CLOSED);
		assertThat(votes(statement)).isZero();
		assertThatThrownBy(() -> opinions.vote(new ProvinceCode("TH-67"), conversation.id(), statement,
				VoteValue.AGREE, "session:x")).isInstanceOf(NotInProvinceException.class);
	}

	@Test
	void computingTheSameVotesAgainStoresTheSameMap() {
		Conversation conversation = opinions.create(PROVINCE, "พื้นที่สีเขียว", "", false);
		List<Long> statements = new java.util.ArrayList<>();
		for (int j = 0; j < 8; j++) {
			statements.add(opinions.addStatement(PROVINCE, conversation.id(), "ข้อความทดสอบที่ " + (j + 1)).id());
		}
		for (int p = 0; p < 12; p++) {
			for (int j = 0; j < statements.size(); j++) {
				boolean firstHalf = p < 6;
				VoteValue value = (j < 4) == firstHalf ? VoteValue.AGREE : VoteValue.DISAGREE;
				opinions.vote(PROVINCE, conversation.id(), statements.get(j), j == p % 8 ? VoteValue.PASS : value,
						"session:p" + p);
			}
		}

		OpinionSnapshot first = analyses.compute(PROVINCE, conversation.id());
		String firstBody = body(conversation.id());
		OpinionSnapshot second = analyses.compute(PROVINCE, conversation.id());

		assertThat(second.map()).isEqualTo(first.map());
		assertThat(body(conversation.id())).isEqualTo(firstBody);
		assertThat(analyses.last(PROVINCE, conversation.id()).orElseThrow().map()).isEqualTo(first.map());
		assertThat(first.map().groups()).hasSize(2);
		assertThat(first.votes()).isEqualTo(96);
	}

	private long votes(long statement) {
		return jdbc.sql("select count(*) from par_opinion_vote where statement_id = ?").param(statement)
			.query(Long.class).single();
	}

	private String body(long conversation) {
		return jdbc.sql("select body from par_opinion_snapshot where conversation_id = ?").param(conversation)
			.query(String.class).single();
	}
}
