package org.smartcityplanner.training.internal.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.CertificateSigner;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortDraft;
import org.smartcityplanner.training.ImportReport;
import org.smartcityplanner.training.Question;
import org.smartcityplanner.training.SessionDraft;
import org.smartcityplanner.training.SurveyAnswers;
import org.smartcityplanner.training.TestKind;
import org.smartcityplanner.training.Topic;
import org.smartcityplanner.training.Trainee;
import org.smartcityplanner.training.TraineeDraft;
import org.smartcityplanner.training.TrainingSession;
import org.smartcityplanner.training.internal.AssessmentUseCases;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CertificateSignerUseCases;
import org.smartcityplanner.training.internal.CertificateUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.CurriculumUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;

/**
 * The demo cohort of TH-65: 65 fictional trainees from the five sectors (50 imported from a spreadsheet, 15
 * from paper forms: the demo is seeded after the cohort ended, when its public link takes no one), six sessions, attendance, pre- and post-tests, surveys and certificates.
 * Everything goes through the training module's public API, so the demo exercises the same rules as users do.
 * A fixed random seed makes every start produce the same cohort.
 */
final class DemoTraining {

	static final String COHORT_NAME = "รุ่นที่ 1/2570 ผู้นำการพัฒนาเมืองอัจฉริยะพิษณุโลก";
	static final int TRAINEES = 65;

	private static final String[] FIRST_NAMES = { "กิตติพงษ์", "จารุวรรณ", "ชยพล", "ณัฐวุฒิ", "ดารุณี", "ธีรภัทร",
			"นภัสสร", "ปวีณา", "พงศกร", "ภัทรา", "มานพ", "รัชนี", "วิไลพร", "ศุภชัย", "สมหญิง", "อรอุมา", "อภิชาติ",
			"เกศินี", "ชนินทร์", "ธิดารัตน์", "บุญเรือน", "ปิยะพงษ์", "ยุพิน", "วีรยุทธ", "สุดารัตน์", "อำนาจ" };
	private static final String[] SURNAMES = { "แก้วประเสริฐ", "จันทร์หอม", "ทองดีวงศ์", "บุญมาก", "พรหมวิเศษ",
			"มณีรัตนกุล", "รุ่งเรืองศรี", "ศรีสุข", "สายทอง", "อินทร์แก้ว", "เพชรรัตน์", "ชัยมงคล", "นาคสวัสดิ์",
			"วงศ์สวัสดิ์", "ใจกว้าง" };
	private static final String[][] ORGANISATIONS = {
			{ "GOVERNMENT", "สำนักงานจังหวัดพิษณุโลก", "นักวิเคราะห์นโยบายและแผน" },
			{ "GOVERNMENT", "สำนักงานพัฒนาชุมชนจังหวัดพิษณุโลก", "นักวิชาการพัฒนาชุมชน" },
			{ "GOVERNMENT", "สำนักงานสาธารณสุขจังหวัดพิษณุโลก", "นักวิชาการสาธารณสุข" },
			{ "LOCAL_GOVERNMENT", "เทศบาลนครพิษณุโลก", "วิศวกรโยธา" },
			{ "LOCAL_GOVERNMENT", "องค์การบริหารส่วนจังหวัดพิษณุโลก", "นักวิเคราะห์นโยบายและแผน" },
			{ "LOCAL_GOVERNMENT", "เทศบาลเมืองอรัญญิก", "นักพัฒนาชุมชน" },
			{ "PRIVATE", "หอการค้าจังหวัดพิษณุโลก", "กรรมการ" },
			{ "PRIVATE", "สภาอุตสาหกรรมจังหวัดพิษณุโลก", "ผู้ประกอบการ" },
			{ "PRIVATE", "สมาคมท่องเที่ยวพิษณุโลก", "ผู้จัดการ" },
			{ "CIVIL_SOCIETY", "เครือข่ายชุมชนริมน่าน", "ผู้ประสานงาน" },
			{ "CIVIL_SOCIETY", "มูลนิธิพัฒนาเมืองสองแคว", "เจ้าหน้าที่โครงการ" },
			{ "ACADEMIA", "มหาวิทยาลัยนเรศวร", "อาจารย์" },
			{ "ACADEMIA", "มหาวิทยาลัยราชภัฏพิบูลสงคราม", "อาจารย์" } };

	private DemoTraining() {
	}

	/** Seeds the cohort. */
	static void seed(ProvinceCode province, Apis apis) {
		Random random = new Random(2570);
		// a second sequence for the usefulness and trainer ratings keeps the rest of the demo cohort as it was
		Random ratings = new Random(2571);
		Cohort cohort = apis.cohorts().create(province, new CohortDraft(COHORT_NAME, "80", "2026-11-02", "2026-11-13",
				"365", "60", "80"));
		// a fictional official: the demo must not put a real person's name on certificates
		apis.signers().setSigner(province, cohort.id(), new CertificateSigner("สำนักงานจังหวัดพิษณุโลก",
				"นายวรเชษฐ์ ทองประเสริฐ", "ผู้อำนวยการโครงการพัฒนาเมืองอัจฉริยะจังหวัดพิษณุโลก"));
		List<TrainingSession> sessions = sessions(province, cohort, apis);
		List<TraineeDraft> people = people(random);
		ImportReport imported = apis.registrations().importFile(province, cohort.id(), "demo-trainees.csv",
				csv(people.subList(0, 50)));
		if (!imported.saved()) {
			throw new IllegalStateException("Demo trainee import refused: " + imported);
		}
		// the demo is seeded after the cohort ended, when the public link takes no one: the late sign-ups on paper
		// forms are imported too
		ImportReport paperForms = apis.registrations().importFile(province, cohort.id(), "demo-paper-forms.csv",
				csv(people.subList(50, TRAINEES)));
		if (!paperForms.saved()) {
			throw new IllegalStateException("Demo trainee import refused: " + paperForms);
		}
		List<Question> test = apis.assessment().testOf(cohort.id());
		Map<Long, String> tokens = new HashMap<>();
		for (Trainee trainee : apis.cohorts().traineesOf(province, cohort.id())) {
			String token = apis.registrations().issueAccessToken(province, trainee.id());
			tokens.put(trainee.id(), token);
			double ability = random.nextDouble();
			int attended = 0;
			for (TrainingSession session : sessions) {
				// most come to every session; a few miss some
				if (random.nextDouble() < 0.80 + 0.18 * ability) {
					apis.attendance().setPresent(province, session.id(), trainee.id(), true);
					attended++;
				}
			}
			apis.assessment().submitTest(token, TestKind.PRE, answers(test, 0.25 + 0.30 * ability, random));
			if (attended > 0) {
				apis.assessment().submitTest(token, TestKind.POST, answers(test, 0.55 + 0.40 * ability, random));
			}
			for (TrainingSession session : apis.assessment().surveysDue(trainee.id())) {
				if (random.nextDouble() < 0.7) {
					int base = 3 + (random.nextDouble() < 0.6 ? 1 : 0);
					// usefulness and the trainer are rated on their own around the trainee's tendency: deriving
					// one from the other made the trainer score exactly usefulness + 1 in every session
					apis.assessment().submitSurvey(token, session.id(), new SurveyAnswers(
							String.valueOf(Math.min(5, base + (random.nextDouble() < 0.3 ? 1 : 0))),
							String.valueOf(rating(base, ratings)), String.valueOf(rating(base, ratings)),
							random.nextDouble() < 0.15 ? comment(random) : ""));
				}
			}
		}
		// not every trainee earns a certificate; asking for one without being eligible would be refused
		apis.assessment().report(province, cohort.id()).trainees().stream().filter(line -> line.eligible())
			.forEach(line -> apis.certificates().certificateFor(tokens.get(line.trainee().id())));
	}

	private static List<TrainingSession> sessions(ProvinceCode province, Cohort cohort, Apis apis) {
		List<Long> trainers = apis.identity().usersWithRole(Role.CONSULTANT).stream().map(UserSummary::id).toList();
		List<Topic> topics = apis.curriculum().curriculum(cohort.curriculumId()).orElseThrow().topics();
		LocalDate day = cohort.startDate();
		List<TrainingSession> sessions = new ArrayList<>();
		for (int i = 0; i < topics.size(); i++) {
			Topic topic = topics.get(i);
			boolean morning = i % 2 == 0;
			sessions.add(apis.cohorts().addSession(province, cohort.id(), new SessionDraft(topic.code(),
					topic.title().th(), day.toString(), morning ? "09:00" : "13:00", morning ? "12:00" : "16:30",
					"ห้องประชุมศาลากลางจังหวัดพิษณุโลก ชั้น 3", "",
					List.of(trainers.get(i % trainers.size()), trainers.get((i + 1) % trainers.size())))));
			if (!morning) {
				day = day.plusDays(day.getDayOfWeek() == java.time.DayOfWeek.FRIDAY ? 3 : 1);
			}
		}
		return sessions;
	}

	private static List<TraineeDraft> people(Random random) {
		List<TraineeDraft> people = new ArrayList<>();
		Map<String, Boolean> used = new HashMap<>();
		while (people.size() < TRAINEES) {
			String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
			if (used.putIfAbsent(name, true) != null) {
				continue;
			}
			String[] organisation = ORGANISATIONS[people.size() % ORGANISATIONS.length];
			String phone = "08" + (1 + random.nextInt(9)) + String.format("%07d", random.nextInt(10_000_000));
			String email = random.nextBoolean() ? "trainee" + (people.size() + 1) + "@demo.example" : "";
			people.add(new TraineeDraft(name, organisation[1], organisation[0], organisation[2], phone, email));
		}
		return people;
	}

	private static byte[] csv(List<TraineeDraft> people) {
		StringBuilder csv = new StringBuilder("ชื่อ-นามสกุล,หน่วยงาน,ภาคส่วน,ตำแหน่ง,โทรศัพท์,อีเมล\n");
		for (TraineeDraft p : people) {
			csv.append(String.join(",", p.fullName(), p.organisation(), p.sector(), p.jobTitle(), p.phone(), p.email()))
				.append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Answers with about {@code share} of them correct. */
	private static Map<Long, Integer> answers(List<Question> test, double share, Random random) {
		Map<Long, Integer> answers = new HashMap<>();
		for (Question question : test) {
			boolean right = random.nextDouble() < share;
			int wrong = (question.correctIndex() + 1 + random.nextInt(question.options().size() - 1))
					% question.options().size();
			answers.put(question.id(), right ? question.correctIndex() : wrong);
		}
		return answers;
	}

	/** A rating of 1 to 5 near the trainee's tendency {@code base}: one lower, the same or one higher. */
	private static int rating(int base, Random random) {
		double draw = random.nextDouble();
		int rating = draw < 0.2 ? base - 1 : draw < 0.65 ? base : base + 1;
		return Math.max(1, Math.min(5, rating));
	}

	private static String comment(Random random) {
		String[] comments = { "อยากให้มีตัวอย่างจากจังหวัดใกล้เคียงมากขึ้น", "ได้แนวคิดไปใช้กับงานของหน่วยงาน",
				"เวลาฝึกปฏิบัติน้อยไป", "วิทยากรอธิบายเข้าใจง่าย" };
		return comments[random.nextInt(comments.length)];
	}

	/** The training module's APIs the demo uses (and identity's, for the trainers). */
	record Apis(CohortUseCases cohorts, CurriculumUseCases curriculum, RegistrationUseCases registrations, AttendanceUseCases attendance,
			AssessmentUseCases assessment, CertificateUseCases certificates, IdentityApi identity,
			CertificateSignerUseCases signers) {
	}
}
