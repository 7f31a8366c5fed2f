package org.smartcityplanner.participation.internal.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaFilter;
import org.smartcityplanner.participation.IdeaSummary;
import org.smartcityplanner.participation.domain.idea.IdeaDraft;
import org.smartcityplanner.participation.domain.idea.PhotoUpload;
import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.testing.Races;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Supports, comments, photos and the similar-idea index on H2 and PostgreSQL, with requests racing as they do on
 * several nodes. TH-63 (Tak) has no process, so the ideas tool is open; TH-62 (Kamphaeng Phet) gets a process whose
 * running phase closes it once its ideas exist.
 */
@DatabaseTest
class IdeaSocialRepositoryTests {

	static final ProvinceCode OPEN = new ProvinceCode("TH-63");
	static final ProvinceCode CLOSING = new ProvinceCode("TH-62");
	static final int THREADS = 8;

	@Autowired
	IdeaApi ideas;
	@Autowired
	IdeaSupports supports;
	@Autowired
	IdeaComments comments;
	@Autowired
	IdeaPhotos photos;
	@Autowired
	SimilarIdeaFinder similar;
	@Autowired
	ProcessUseCases process;
	@Autowired
	JdbcClient jdbc;

	@Test
	void oneParticipantsRacingSupportsStoreOneAndEveryRequestHearsItCounted() throws Exception {
		long idea = propose(OPEN, "ที่จอดรถจักรยานหน้าตลาด", "ไม่มีที่จอดจักรยาน");

		List<PublicIdeaInput> outcomes = race(() -> supports.support(OPEN, idea, "s:same-phone"));

		assertThat(outcomes).filteredOn(o -> o == PublicIdeaInput.STORED).hasSize(1);
		assertThat(outcomes).allMatch(PublicIdeaInput::accepted);
		assertThat(count("select count(*) from par_idea_support where idea_id = ?", idea)).isEqualTo(1);
		assertThat(ideas.find(OPEN, idea).orElseThrow().supports()).isEqualTo(1);
	}

	@Test
	void racingSupportsOfDifferentParticipantsAllCountOnListAndDetailAlike() throws Exception {
		long idea = propose(OPEN, "ทางเท้าริมถนนพหลโยธิน", "ทางเท้าแคบ ผู้สูงอายุเดินลำบาก");
		AtomicInteger participant = new AtomicInteger();

		List<PublicIdeaInput> outcomes = race(() -> supports.support(OPEN, idea, "s:p" + participant.incrementAndGet()));

		assertThat(outcomes).containsOnly(PublicIdeaInput.STORED);
		assertThat(ideas.find(OPEN, idea).orElseThrow().supports()).isEqualTo(THREADS);
		IdeaSummary row = ideas.list(OPEN, IdeaFilter.publicOnly(null, null, null), new Paging(1, Paging.MAX_SIZE))
			.items().stream().filter(s -> s.id() == idea).findFirst().orElseThrow();
		assertThat(row.supports()).isEqualTo(THREADS);
		assertThat(supports.supported(idea, "s:p1")).isTrue();
		assertThat(supports.supported(idea, "s:nobody")).isFalse();
	}

	@Test
	void aHiddenIdeaTakesNoSupportNoCommentAndShowsNoPhoto() {
		long idea = propose(OPEN, "ป้ายโฆษณาผิดกฎหมาย", "ข้อความไม่เหมาะสม");
		photos.attach(OPEN, idea, photo());
		assertThat(photos.publicPhoto(OPEN, idea)).isPresent();
		jdbc.sql("update par_idea set status = 'HIDDEN', hidden_reason = 'ข้อความไม่สุภาพ' where id = ?").param(idea)
			.update();

		assertThatThrownBy(() -> supports.support(OPEN, idea, "s:x")).isInstanceOf(NotInProvinceException.class);
		assertThatThrownBy(() -> comments.comment(OPEN, idea, "s:x", "เห็นด้วย", key()))
			.isInstanceOf(NotInProvinceException.class);
		assertThat(photos.publicPhoto(OPEN, idea)).isEmpty();
		assertThat(count("select count(*) from par_idea_support where idea_id = ?", idea)).isZero();
	}

	@Test
	void anotherProvincesIdeaIsNotFound() {
		long idea = propose(OPEN, "สวนสาธารณะริมแม่น้ำปิง", "พื้นที่พักผ่อนของชุมชน");

		assertThatThrownBy(() -> supports.support(CLOSING, idea, "s:x")).isInstanceOf(NotInProvinceException.class);
		assertThatThrownBy(() -> comments.comment(CLOSING, idea, "s:x", "ดี", key()))
			.isInstanceOf(NotInProvinceException.class);
		assertThat(photos.publicPhoto(CLOSING, idea)).isEmpty();
	}

	@Test
	void aClosedPhaseRefusesNewSupportsAndCommentsButAnsweresAReplayAsStored() {
		long idea = propose(CLOSING, "ระบบประปาหมู่บ้าน", "น้ำประปาไม่ไหลช่วงหน้าแล้ง");
		assertThat(supports.support(CLOSING, idea, "s:early")).isEqualTo(PublicIdeaInput.STORED);
		String commentKey = key();
		assertThat(comments.comment(CLOSING, idea, "s:early", "หมู่ 3 ก็เป็น", commentKey))
			.isEqualTo(PublicIdeaInput.STORED);
		closeIdeas(CLOSING);

		assertThat(supports.support(CLOSING, idea, "s:late")).isEqualTo(PublicIdeaInput.CLOSED);
		assertThat(comments.comment(CLOSING, idea, "s:late", "เห็นด้วย", key())).isEqualTo(PublicIdeaInput.CLOSED);
		assertThat(supports.support(CLOSING, idea, "s:early")).isEqualTo(PublicIdeaInput.ALREADY_STORED);
		assertThat(comments.comment(CLOSING, idea, "s:early", "หมู่ 3 ก็เป็น", commentKey))
			.isEqualTo(PublicIdeaInput.ALREADY_STORED);
		assertThat(ideas.find(CLOSING, idea).orElseThrow().supports()).isEqualTo(1);
	}

	@Test
	void aDecidedIdeaTakesNoNewSupport() {
		long idea = propose(OPEN, "ห้องสมุดชุมชน", "ที่อ่านหนังสือของเด็ก");
		jdbc.sql("update par_idea set status = 'DECLINED', decline_reason = 'มีโครงการเดิมแล้ว' where id = ?")
			.param(idea).update();

		assertThat(supports.support(OPEN, idea, "s:x")).isEqualTo(PublicIdeaInput.DECIDED);
		assertThat(comments.comment(OPEN, idea, "s:x", "น่าเสียดาย", key())).isEqualTo(PublicIdeaInput.STORED);
	}

	@Test
	void racingCopiesOfOneCommentFormStoreOneCommentKeptAsTyped() throws Exception {
		long idea = propose(OPEN, "ไฟจราจรสี่แยกโรงพยาบาล", "รถติดมากช่วงเช้า");
		String hostile = "<script>alert('x')</script> =HYPERLINK(\"http://evil\") ทดสอบ";
		String commentKey = key();

		List<PublicIdeaInput> outcomes = race(() -> comments.comment(OPEN, idea, "s:a", "  " + hostile + "\n", commentKey));

		assertThat(outcomes).filteredOn(o -> o == PublicIdeaInput.STORED).hasSize(1);
		assertThat(comments.published(OPEN, idea)).singleElement()
			.satisfies(c -> assertThat(c.body()).isEqualTo(hostile));
	}

	@Test
	void anEmptyOrOverlongCommentIsRefusedNamingTheBody() {
		long idea = propose(OPEN, "ลานกีฬาชุมชน", "เด็กไม่มีที่เล่นกีฬา");

		assertThatThrownBy(() -> comments.comment(OPEN, idea, "s:a", "   ", key()))
			.isInstanceOfSatisfying(InputProblemsException.class,
					e -> assertThat(e.problems().get(0).field()).isEqualTo("body"));
		assertThatThrownBy(() -> comments.comment(OPEN, idea, "s:a", "ก".repeat(2001), key()))
			.isInstanceOfSatisfying(InputProblemsException.class,
					e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("participation.idea.comment.body.tooLong"));
		assertThat(comments.comment(OPEN, idea, "s:a", "ก".repeat(2000), key())).isEqualTo(PublicIdeaInput.STORED);
		assertThatThrownBy(() -> comments.comment(OPEN, idea, "s:a", "ok", "short"))
			.isInstanceOf(InputProblemsException.class);
	}

	@Test
	void aModeratorHidesACommentWithAReasonInTheAuditLog() {
		long idea = propose(OPEN, "รถรางนำเที่ยว", "ส่งเสริมการท่องเที่ยวเมืองเก่า");
		comments.comment(OPEN, idea, "s:a", "สแปม ขายของ", key());
		comments.comment(OPEN, idea, "s:b", "เห็นด้วยครับ", key());
		long spam = comments.all(OPEN, idea).get(0).id();

		assertThatThrownBy(() -> comments.hide(OPEN, idea, spam, " ")).isInstanceOf(InputProblemsException.class);
		assertThatThrownBy(() -> comments.hide(CLOSING, idea, spam, "โฆษณา")).isInstanceOf(NotInProvinceException.class);
		IdeaComment hidden = comments.hide(OPEN, idea, spam, "โฆษณาขายสินค้า");

		assertThat(hidden.hidden()).isTrue();
		assertThat(comments.published(OPEN, idea)).extracting(IdeaComment::body).containsExactly("เห็นด้วยครับ");
		assertThat(comments.all(OPEN, idea)).hasSize(2);
		assertThat(count("""
				select count(*) from aud_entry where entity_type = 'idea-comment' and entity_id = ? and action = 'hidden'
				and after_state like ?""", String.valueOf(spam), "%โฆษณาขายสินค้า%")).isEqualTo(1);
	}

	@Test
	void similarIdeasComeFromTheWordIndexWithoutHiddenOnesAndEachIdeaIsIndexedOnceUnderRaces() throws Exception {
		ProvinceCode province = OPEN;
		long lights = propose(province, "ไฟส่องสว่างถนนหน้าวัดดอนแก้ว", "ถนนมืดมากตอนกลางคืน อันตรายกับคนเดินเท้า");
		long bins = propose(province, "ถังขยะแยกประเภทในตลาดสด", "ขยะล้นถังทุกเช้า");
		long hiddenLights = propose(province, "ไฟส่องสว่างถนนหน้าวัดดอนแก้ว ด่วน", "ถนนมืดมากตอนกลางคืน");
		jdbc.sql("update par_idea set status = 'HIDDEN', hidden_reason = 'ซ้ำ' where id = ?").param(hiddenLights)
			.update();

		List<List<SimilarIdea>> found = race(() -> similar.similar(province, "ขอไฟถนนหน้าวัดดอนแก้ว", "กลางคืนมืด"));

		assertThat(found.get(0)).extracting(SimilarIdea::id).contains(lights).doesNotContain(bins, hiddenLights);
		assertThat(found).allMatch(f -> f.equals(found.get(0)));
		assertThat(count("select count(*) from par_idea_indexed where idea_id in (?, ?, ?)", lights, bins, hiddenLights))
			.isEqualTo(3);
		assertThat(count("select count(*) from par_idea_word where idea_id = ?", lights))
			.isEqualTo(org.smartcityplanner.participation.domain.idea.SimilarIdeas
				.words("ไฟส่องสว่างถนนหน้าวัดดอนแก้ว", "ถนนมืดมากตอนกลางคืน อันตรายกับคนเดินเท้า").size());
		assertThat(similar.similar(province, "อยากให้มี", "")).isEmpty();
	}

	@Test
	void aReplayedProposalKeepsItsFirstPhoto() {
		long idea = propose(OPEN, "ศาลาที่พักผู้โดยสาร", "ฝนตกไม่มีที่หลบ");
		PhotoUpload.Photo first = photo();
		photos.attach(OPEN, idea, first);
		photos.attach(OPEN, idea, new PhotoUpload.Photo("image/png", new byte[] { 1, 2, 3 }, 1, 1));

		IdeaPhotos.StoredPhoto stored = photos.publicPhoto(OPEN, idea).orElseThrow();
		assertThat(stored.contentType()).isEqualTo("image/jpeg");
		assertThat(stored.bytes()).isEqualTo(first.bytes());
		assertThat(photos.size(idea)).hasValueSatisfying(s -> assertThat(s).containsExactly(8, 6));
	}

	private static PhotoUpload.Photo photo() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 6,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "jpeg", out);
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		return PhotoUpload.accept(out.toByteArray()).photo();
	}

	private long propose(ProvinceCode province, String title, String description) {
		return ideas.propose(province, new IdeaDraft(title, description, "LIV", "", "", ""), key(), "s:author")
			.idea().id();
	}

	private void closeIdeas(ProvinceCode province) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
		process.save(province, process.process(province).version(),
				List.of(new Phase(PhaseKind.LISTEN, today.minusDays(3), today.plusDays(30), Set.of("surveys")),
						new Phase(PhaseKind.IDEAS, null, null, Set.of()),
						new Phase(PhaseKind.PRIORITISE, null, null, Set.of()),
						new Phase(PhaseKind.VALIDATE, null, null, Set.of())));
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String key() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	private static <T> List<T> race(Callable<T> call) throws Exception {
		return Races.race(THREADS, call);
	}
}
