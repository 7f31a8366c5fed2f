package org.smartcityplanner.participation.internal.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.IdeaAccepted;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaDeclined;
import org.smartcityplanner.participation.IdeaFilter;
import org.smartcityplanner.participation.IdeaFixtures;
import org.smartcityplanner.participation.IdeaHistoryEntry;
import org.smartcityplanner.participation.IdeaProposal;
import org.smartcityplanner.participation.IdeaProposal.Outcome;
import org.smartcityplanner.participation.IdeaSummary;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.domain.idea.IdeaChannel;
import org.smartcityplanner.participation.domain.idea.IdeaDraft;
import org.smartcityplanner.participation.domain.idea.IdeaEventKind;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Ideas' SQL on H2 and PostgreSQL: one idea per idempotency key (also for racing requests), the author's link
 * stored only as a hash, the closed phase, paging and filters without hidden ideas, the grouped counts, and the
 * life cycle with its history, audit-free public steps and events. TH-91 (Satun) has the ideas tool open; TH-80
 * (Nakhon Si Thammarat) has a process whose running phase does not open it.
 */
@DatabaseTest
@RecordApplicationEvents
class IdeaRepositoryTests {

	static final ProvinceCode OPEN = IdeaFixtures.OPEN;
	static final ProvinceCode CLOSED = IdeaFixtures.CLOSED;

	@Autowired
	IdeaApi ideas;
	@Autowired
	ProcessUseCases process;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ApplicationEvents events;

	@Test
	void aReplayedSubmissionStoresOneIdeaAndGivesTheSameLinkWhoseSecretIsNotStored() {
		long area = openWithArea();
		String key = key();
		IdeaDraft draft = new IdeaDraft("ไฟส่องสว่างซอยวัด", "ซอยมืดมาก เด็กเดินกลับบ้านไม่ปลอดภัย", "LIV",
				String.valueOf(area), "6.6238", "100.0674");
		IdeaProposal first = ideas.propose(OPEN, draft, key, "s:participant-a");
		IdeaProposal again = ideas.propose(OPEN, draft, key, "s:participant-a");

		assertThat(first.outcome()).isEqualTo(Outcome.STORED);
		assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_STORED);
		assertThat(again.idea().id()).isEqualTo(first.idea().id());
		assertThat(again.authorSecret()).isEqualTo(first.authorSecret());
		assertThat(count("select count(*) from par_idea where idempotency_key = ?", key)).isEqualTo(1);
		assertThat(count("select count(*) from par_idea where author_secret_hash = ?", first.authorSecret())).isZero();

		IdeaView stored = ideas.findByAuthorSecret(OPEN, first.authorSecret()).orElseThrow();
		assertThat(stored.id()).isEqualTo(first.idea().id());
		assertThat(stored.channel()).isEqualTo(IdeaChannel.ONLINE);
		assertThat(stored.areaId()).isEqualTo(area);
		assertThat(stored.latitude()).isEqualByComparingTo("6.6238");
		assertThat(ideas.findByAuthorSecret(CLOSED, first.authorSecret())).isEmpty();
		assertThat(ideas.findByAuthorSecret(OPEN, "x")).isEmpty();
		assertThat(ideas.find(CLOSED, stored.id())).as("another province's id").isEmpty();
		assertThat(ideas.history(OPEN, stored.id())).extracting(IdeaHistoryEntry::kind)
			.containsExactly(IdeaEventKind.PROPOSED);
	}

	@Test
	void racingRequestsWithOneKeyStoreOneIdea() throws Exception {
		openWithArea();
		String key = key();
		IdeaDraft draft = new IdeaDraft("ตลาดนัดสินค้าเกษตร", "ให้เกษตรกรขายตรง", "ECO", "", "", "");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<IdeaProposal>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				calls.add(() -> ideas.propose(OPEN, draft, key, "s:racer"));
			}
			List<Long> ids = new ArrayList<>();
			for (Future<IdeaProposal> f : pool.invokeAll(calls)) {
				ids.add(f.get().idea().id());
			}
			assertThat(Set.copyOf(ids)).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("select count(*) from par_idea where idempotency_key = ?", key)).isEqualTo(1);
	}

	@Test
	void aClosedPhaseRefusesNewIdeasAndBadInputStoresNothing() {
		closedProcess();
		IdeaDraft draft = new IdeaDraft("ท่าเรือ", "ปรับปรุงท่าเรือ", "MOB", "", "", "");
		assertThat(ideas.propose(CLOSED, draft, key(), "s:p").outcome()).isEqualTo(Outcome.CLOSED);
		assertThat(ideas.countsByStatus(CLOSED)).isEmpty();

		openWithArea();
		long before = count("select count(*) from par_idea where province_code = ?", OPEN.value());
		assertThatThrownBy(() -> ideas.propose(OPEN, new IdeaDraft("<img src=x>", "", "ZZZ", "-1", "1", "2"), key(), "s:p"))
			.isInstanceOfSatisfying(InputProblemsException.class, e -> assertThat(e.problems())
				.extracting(p -> p.field()).containsExactly("title", "description", "dimension", "area", "latitude",
						"longitude"));
		assertThatThrownBy(() -> ideas.propose(OPEN, draft, "short", "s:p")).isInstanceOf(InputProblemsException.class);
		assertThat(count("select count(*) from par_idea where province_code = ?", OPEN.value())).isEqualTo(before);
	}

	@Test
	void theListPagesNewestFirstFiltersAndNeverShowsHiddenIdeasToThePublic() {
		long area = openWithArea();
		String marker = "ชุดทดสอบ" + UUID.randomUUID().toString().substring(0, 6);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(ideas.propose(OPEN, new IdeaDraft(marker + " " + i, "รายละเอียด", i % 2 == 0 ? "ENE" : "GOV",
					i == 4 ? String.valueOf(area) : "", "", ""), key(), "s:lister").idea().id());
		}
		IdeaView hidden = ideas.find(OPEN, ids.get(0)).orElseThrow();
		ideas.hide(OPEN, hidden.id(), hidden.version(), "ข้อความซ้ำกับข้อเสนออื่น");

		PageOf<IdeaSummary> energy = ideas.list(OPEN, IdeaFilter.publicOnly("ENE", null, null), new Paging(1, 500));
		List<IdeaSummary> mine = energy.items().stream().filter(s -> s.title().startsWith(marker)).toList();
		assertThat(mine).extracting(IdeaSummary::id).containsExactly(ids.get(4), ids.get(2));
		assertThat(ideas.list(OPEN, IdeaFilter.publicOnly(null, null, IdeaStatus.HIDDEN), new Paging(1, 50)).totalItems())
			.isZero();
		assertThat(ideas.list(OPEN, new IdeaFilter(null, null, IdeaStatus.HIDDEN, true), new Paging(1, 500)).items())
			.extracting(IdeaSummary::id).contains(ids.get(0));
		assertThat(ideas.list(OPEN, IdeaFilter.publicOnly(null, area, null), new Paging(1, 500)).items())
			.extracting(IdeaSummary::id).contains(ids.get(4)).doesNotContain(ids.get(2));

		PageOf<IdeaSummary> all = ideas.list(OPEN, IdeaFilter.publicOnly(null, null, null), new Paging(1, 2));
		long visible = ideas.countsByStatus(OPEN).entrySet().stream().filter(e -> e.getKey().isPublic())
			.mapToLong(e -> e.getValue()).sum();
		assertThat(all.totalItems()).isEqualTo(visible);
		assertThat(all.items()).hasSize(2);
		assertThat(all.items().get(0).id()).isGreaterThan(all.items().get(1).id());
		PageOf<IdeaSummary> second = ideas.list(OPEN, IdeaFilter.publicOnly(null, null, null), new Paging(2, 2));
		assertThat(second.items().get(0).id()).isLessThan(all.items().get(1).id());

		jdbc.sql("insert into par_idea_support (idea_id, participant_key, created_at) values (?, 's:x', current_timestamp)")
			.param(ids.get(4)).update();
		assertThat(ideas.list(OPEN, IdeaFilter.publicOnly("ENE", area, null), new Paging(1, 50)).items())
			.filteredOn(s -> s.id() == ids.get(4)).extracting(IdeaSummary::supports).containsExactly(1L);
	}

	@Test
	void theLifeCycleIsAuditedWithHistoryAndEvents() {
		openWithArea();
		IdeaProposal proposal = ideas.propose(OPEN, new IdeaDraft("ศูนย์เด็กเล็กอัจฉริยะ", "กล้องและแอปแจ้งผู้ปกครอง",
				"PEO", "", "", ""), key(), "s:cycle");
		IdeaView idea = proposal.idea();
		IdeaView hidden = ideas.hide(OPEN, idea.id(), idea.version(), "รอตรวจข้อมูลส่วนบุคคล");
		assertThatThrownBy(() -> ideas.accept(OPEN, idea.id(), hidden.version(), new ResourceRef("plan.project", "1"), "x"))
			.isInstanceOf(InputProblemsException.class);
		assertThatThrownBy(() -> ideas.restore(OPEN, idea.id(), idea.version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		IdeaView restored = ideas.restore(OPEN, idea.id(), hidden.version());
		assertThat(restored.hiddenReason()).isNull();
		assertThatThrownBy(() -> ideas.hide(CLOSED, idea.id(), restored.version(), "x"))
			.isInstanceOf(NotInProvinceException.class);

		assertThatThrownBy(() -> ideas.rate(OPEN, proposal.authorSecret(), 4, "")).isInstanceOf(InputProblemsException.class);
		IdeaView accepted = ideas.accept(OPEN, idea.id(), restored.version(), new ResourceRef("plan.project", "42"),
				"ศูนย์พัฒนาเด็กเล็กต้นแบบ");
		assertThat(accepted.status()).isEqualTo(IdeaStatus.ACCEPTED);
		assertThat(accepted.acceptedItem()).isEqualTo(new ResourceRef("plan.project", "42"));
		assertThat(accepted.decidedAt()).isNotNull();
		assertThat(events.stream(IdeaAccepted.class)).containsExactly(new IdeaAccepted(OPEN, IdeaView.ref(idea.id()),
				new ResourceRef("plan.project", "42"), "ศูนย์พัฒนาเด็กเล็กต้นแบบ"));
		assertThatThrownBy(() -> ideas.decline(OPEN, idea.id(), accepted.version(), "ไม่มีงบ"))
			.isInstanceOf(InputProblemsException.class);

		IdeaView rated = ideas.rate(OPEN, proposal.authorSecret(), 5, "ขอบคุณที่รับฟัง");
		assertThat(rated.authorRating()).isEqualTo(5);
		assertThatThrownBy(() -> ideas.rate(OPEN, proposal.authorSecret(), 1, "")).isInstanceOf(InputProblemsException.class);
		assertThat(ideas.history(OPEN, idea.id())).extracting(IdeaHistoryEntry::kind).containsExactly(
				IdeaEventKind.PROPOSED, IdeaEventKind.HIDDEN, IdeaEventKind.RESTORED, IdeaEventKind.ACCEPTED,
				IdeaEventKind.RATED);
		assertThat(count("select count(*) from aud_entry where entity_type = 'idea' and entity_id = ?",
				String.valueOf(idea.id()))).isEqualTo(3);

		IdeaView other = ideas.propose(OPEN, new IdeaDraft("ลานกีฬากลางแจ้ง", "ใกล้ชุมชน", "LIV", "", "", ""), key(),
				"s:cycle").idea();
		assertThatThrownBy(() -> ideas.decline(OPEN, other.id(), other.version(), " "))
			.isInstanceOf(InputProblemsException.class);
		IdeaView declined = ideas.decline(OPEN, other.id(), other.version(), "พื้นที่เป็นของเอกชน");
		assertThat(declined.declineReason()).isEqualTo("พื้นที่เป็นของเอกชน");
		assertThat(events.stream(IdeaDeclined.class)).containsExactly(new IdeaDeclined(OPEN, IdeaView.ref(other.id())));
	}

	@Test
	void paperIdeasRecordWhoTypedThemAndAreAudited() {
		openWithArea();
		IdeaProposal paper = ideas.proposePaper(OPEN, new IdeaDraft("ประปาหมู่บ้าน", "น้ำขุ่นหน้าแล้ง", "ENV", "", "", ""),
				key());
		assertThat(paper.idea().channel()).isEqualTo(IdeaChannel.PAPER);
		assertThat(paper.idea().enteredBy()).isNotNull();
		assertThat(count("select count(*) from aud_entry where entity_type = 'idea' and entity_id = ? and action = ?",
				String.valueOf(paper.idea().id()), "entered-from-paper")).isEqualTo(1);
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private long openWithArea() {
		return IdeaFixtures.open(process, profile);
	}

	private void closedProcess() {
		IdeaFixtures.closed(process);
	}

	private static String key() {
		return IdeaFixtures.key();
	}
}
