package org.smartcityplanner.participation.domain.ballot.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcityplanner.participation.domain.ballot.counting.Candidate;
import org.smartcityplanner.participation.domain.ballot.counting.Election;
import org.smartcityplanner.participation.domain.ballot.counting.EqualSharesCount;
import org.smartcityplanner.participation.domain.ballot.counting.VoterBallot;

/** Pabulib files: the hand-written sample read, written and read again; every kind of damage refused by line. */
class PabulibTests {

	private static final String GOOD = """
			META
			key;value
			budget;100
			num_projects;2
			num_votes;2
			vote_type;approval
			PROJECTS
			project_id;cost;name
			A;60;Park
			B;50;Lights
			VOTES
			voter_id;vote
			1;A,B
			2;B
			""";

	@Test
	void theSampleFileSurvivesARoundTrip() throws IOException {
		PabulibFile file = readSample();

		String written = write(file);
		PabulibFile again = PabulibReader.read(new StringReader(written));

		assertThat(again).isEqualTo(file);
		assertThat(write(again)).isEqualTo(written);
		assertThat(file.meta()).containsEntry("budget", "3000000").containsEntry("unit", "เทศบาลเมืองตัวอย่าง");
		assertThat(file.projects().rows().get(1)).containsExactly("2", "800000", "4",
				"ศาลาพักผู้โดยสาร; ป้ายรถเมล์ อัจฉริยะ", "transport");
		assertThat(file.projects().value(file.projects().rows().get(3), "name")).isEqualTo(
				"ห้องสมุด \"เล็กแต่ใหญ่\" ในชุมชน");
		assertThat(written).contains("\"ศาลาพักผู้โดยสาร; ป้ายรถเมล์ อัจฉริยะ\"");
	}

	@Test
	void theSampleFileBecomesAnElectionThatCanBeCounted() throws IOException {
		Election election = readSample().toElection();

		assertThat(election.budget()).isEqualTo(3_000_000);
		assertThat(election.candidates()).hasSize(6).first().isEqualTo(new Candidate("1", 1_200_000));
		assertThat(election.ballots()).hasSize(8).contains(new VoterBallot("8", Set.of()));
		assertThat(election.approvals()).containsEntry("1", 5L).containsEntry("6", 0L);
		assertThat(EqualSharesCount.count(election).spent()).isLessThanOrEqualTo(3_000_000);
	}

	@Test
	void anElectionWrittenAsAFileReadsBackTheSame() {
		Election election = new Election(500, List.of(new Candidate("x", 200), new Candidate("y", 300)),
				List.of(new VoterBallot("a", Set.of("x", "y")), new VoterBallot("b", Set.of())));
		PabulibFile file = PabulibFile.of(election, Map.of("description", "test"), Map.of("x", "Park; east"));

		PabulibFile read = PabulibReader.read(new StringReader(write(file)));

		assertThat(read).isEqualTo(file);
		assertThat(read.toElection()).isEqualTo(election);
		assertThat(read.meta()).containsEntry("num_votes", "2").containsEntry("vote_type", "approval");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			no META first             | 1  | ballot.pabulib.error.missing-section | META=>budget;1
			PROJECTS header missing   | 8  | ballot.pabulib.error.missing-header  | project_id;cost;name=>VOTES
			sections out of order     | 7  | ballot.pabulib.error.missing-section | PROJECTS=>VOTES
			budget missing            | 1  | ballot.pabulib.error.budget-missing  | budget;100=>currency;THB
			budget not a number       | 3  | ballot.pabulib.error.bad-budget      | budget;100=>budget;หนึ่งร้อย
			cost not a number         | 9  | ballot.pabulib.error.bad-cost        | A;60;Park=>A;sixty;Park
			fractional cost           | 9  | ballot.pabulib.error.bad-cost        | A;60;Park=>A;60.5;Park
			wrong column count        | 10 | ballot.pabulib.error.column-count    | B;50;Lights=>B;50
			meta row too long         | 4  | ballot.pabulib.error.column-count    | num_projects;2=>num_projects;2;3
			cost column missing       | 8  | ballot.pabulib.error.missing-column  | project_id;cost;name=>project_id;price;name
			duplicate project         | 10 | ballot.pabulib.error.duplicate-project | B;50;Lights=>A;50;Lights
			unknown project in a vote | 14 | ballot.pabulib.error.unknown-project | 2;B=>2;C
			project twice in a vote   | 14 | ballot.pabulib.error.repeated-approval | 2;B=>2;B,B
			duplicate voter           | 14 | ballot.pabulib.error.duplicate-voter | 2;B=>1;B
			vote type not approval    | 6  | ballot.pabulib.error.vote-type       | vote_type;approval=>vote_type;ordinal
			project count disagrees   | 4  | ballot.pabulib.error.count-mismatch  | num_projects;2=>num_projects;3
			vote count disagrees      | 5  | ballot.pabulib.error.count-mismatch  | num_votes;2=>num_votes;7
			unclosed quote            | 10 | ballot.pabulib.error.unclosed-quote  | B;50;Lights=>B;50;"Lights
			""")
	void refusesADamagedFileWithTheLineNumber(String damage, int line, String key, String change) {
		String[] parts = change.split("=>", -1);
		String text = GOOD.replaceFirst("(?m)^" + java.util.regex.Pattern.quote(parts[0]) + "$",
				java.util.regex.Matcher.quoteReplacement(parts[1]));
		assertThat(text).as("the damage applies").isNotEqualTo(GOOD);

		PabulibFormatException refused = catchThrowableOfType(PabulibFormatException.class,
				() -> PabulibReader.read(new StringReader(text)));

		assertThat(refused).as(damage).isNotNull();
		assertThat(refused.messageKey()).as(damage).isEqualTo(key);
		assertThat(refused.line()).as(damage).isEqualTo(line);
		assertThat(refused.messageArguments()[0]).isEqualTo(line);
	}

	@Test
	void refusesAFileThatEndsBeforeItsVotes() {
		String cut = GOOD.substring(0, GOOD.indexOf("VOTES"));

		PabulibFormatException refused = catchThrowableOfType(PabulibFormatException.class,
				() -> PabulibReader.read(new StringReader(cut)));

		assertThat(refused.messageKey()).isEqualTo("ballot.pabulib.error.missing-section");
		assertThat(refused.arguments()).containsExactly("VOTES");
		assertThat(refused.line()).as("the line after the last").isEqualTo(11);
	}

	@Test
	void theUndamagedFileIsRead() {
		assertThat(PabulibReader.read(new StringReader(GOOD)).votes().rows()).hasSize(2);
	}

	private static PabulibFile readSample() throws IOException {
		try (Reader in = new InputStreamReader(PabulibTests.class.getResourceAsStream("/pabulib/th_demo_2569.pb"),
				StandardCharsets.UTF_8)) {
			return PabulibReader.read(in);
		}
	}

	private static String write(PabulibFile file) {
		StringWriter out = new StringWriter();
		PabulibWriter.write(file, out);
		return out.toString();
	}
}
