package org.smartcityplanner.participation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;

/**
 * The ballot tests' provinces, each running its prioritise phase today with the ballots tool open: TH-59 for
 * service and database tests (a code no province has, so no other test touches it), and TH-82 (Phang Nga) for the
 * web and browser tests, whose province checks refuse a code no province has. Their ballots share out 10 million
 * baht among four fictional projects.
 */
public final class BallotFixtures {

	public static final ProvinceCode PROVINCE = new ProvinceCode("TH-59");
	public static final ProvinceCode WEB = new ProvinceCode("TH-82");
	public static final Baht BUDGET = Baht.of(10_000_000);

	private BallotFixtures() {
	}

	/** Opens the ballots tool in TH-59 today (once). */
	public static void openPhase(ProcessUseCases process) {
		openPhase(process, PROVINCE);
	}

	/** Opens the ballots tool in the province today (once). */
	public static void openPhase(ProcessUseCases process, ProvinceCode province) {
		if (!process.process(province).defined()) {
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
			process.save(province, 0, List.of(new Phase(PhaseKind.LISTEN, null, null, Set.of()),
					new Phase(PhaseKind.IDEAS, null, null, Set.of()),
					new Phase(PhaseKind.PRIORITISE, today.minusDays(3), today.plusDays(30), Set.of(BallotApi.TOOL)),
					new Phase(PhaseKind.VALIDATE, null, null, Set.of())));
		}
	}

	/** Four projects: 6, 4, 3 and 2 million baht. */
	public static List<BallotItem> items() {
		return List.of(new BallotItem(new ResourceRef("plan.project", "PN-1"), "ทางเดินริมคลองเมืองพังงา", Baht.of(6_000_000)),
				new BallotItem(new ResourceRef("plan.project", "PN-2"), "ไฟถนนพลังแสงอาทิตย์", Baht.of(4_000_000)),
				new BallotItem(new ResourceRef("plan.project", "PN-3"), "จุดรับส่งรถสาธารณะอัจฉริยะ", Baht.of(3_000_000)),
				new BallotItem(new ResourceRef("plan.project", "PN-4"), "เซนเซอร์เตือนน้ำท่วม", Baht.of(2_000_000)));
	}

	public static BallotDraft draft(BallotKind kind) {
		return new BallotDraft("งบประมาณแบบมีส่วนร่วม เมืองพังงา", kind, kind == BallotKind.K_APPROVAL ? 2 : null,
				BUDGET, items());
	}

	/** A fresh idempotency key. */
	public static String key() {
		return UUID.randomUUID().toString().replace("-", "");
	}
}
