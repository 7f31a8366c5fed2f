package org.smartcityplanner.engagement.internal.workplan.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.engagement.internal.workplan.WorkItem;
import org.smartcityplanner.engagement.internal.workplan.WorkPlan;
import org.smartcityplanner.engagement.internal.workplan.WorkPlanUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo engagement's work plan (signed 1 October 2026), made from the template and moved on through the same
 * rules the team uses: the kick-off is reached, the inception report uploaded and approved by the team lead, the
 * profile and diagnosis report awaits the lead's review, and the working-group order (due at day 30) is not done yet
 * — the one late item. The uploaded files are short Word documents that say they are demo files.
 */
@Component
@Profile("!prod")
class WorkPlanDemoSeed implements DemoSeed {

	/** After the engagement seed, which starts the engagement and its team. */
	static final int ORDER = ENGAGEMENT + 50;

	private final WorkPlanUseCases workPlans;

	WorkPlanDemoSeed(WorkPlanUseCases workPlans) {
		this.workPlans = workPlans;
	}

	@Override
	public int order() {
		return ORDER;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		return workPlans.planOf(province).map(WorkPlan::exists).orElse(false);
	}

	@Override
	public void seed(ProvinceCode province) {
		Optional<WorkPlan> existing = workPlans.planOf(province);
		if (existing.isEmpty() || existing.get().engagement().lead() == null) {
			return; // no demo engagement (or no team lead) to plan
		}
		long engagementId = existing.get().engagement().id();
		WorkPlan plan = workPlans.createFromTemplate(engagementId);
		long lead = plan.engagement().lead();
		List<Long> members = plan.engagement().team().keySet().stream().filter(id -> id != lead).sorted().toList();
		assignMembers(plan, members);
		long member = members.isEmpty() ? lead : members.get(0);
		find(plan, "Kick-off meeting with the province")
			.ifPresent(kickOff -> workPlans.setMilestone(engagementId, kickOff.id(), "DONE", lead));
		find(plan, "Inception report").ifPresent(report -> {
			workPlans.upload(engagementId, report.id(), lead, "inception-report.docx",
					document("รายงานเบื้องต้น (Inception Report) — ไฟล์ตัวอย่างของจังหวัดสาธิต"));
			workPlans.moveDeliverable(engagementId, report.id(), "REVIEW_REQUESTED", lead, null);
			workPlans.moveDeliverable(engagementId, report.id(), "APPROVED", lead, null);
		});
		find(plan, "Province profile and diagnosis report").ifPresent(report -> {
			workPlans.upload(engagementId, report.id(), member, "profile-and-diagnosis.docx",
					document("รายงานข้อมูลพื้นฐานและการวิเคราะห์สถานการณ์จังหวัด — ไฟล์ตัวอย่างของจังหวัดสาธิต"));
			workPlans.moveDeliverable(engagementId, report.id(), "REVIEW_REQUESTED", member, null);
		});
	}

	/** Items owned by "any member" go round the members, so each has their share. */
	private void assignMembers(WorkPlan plan, List<Long> members) {
		if (members.isEmpty()) {
			return;
		}
		int next = 0;
		for (WorkItem item : plan.items()) {
			if (!item.isPhase() && item.ownerUserId() == null) {
				workPlans.assignOwner(plan.engagement().id(), item.id(), members.get(next++ % members.size()));
			}
		}
	}

	private static Optional<WorkItem> find(WorkPlan plan, String titleEn) {
		return plan.items().stream().filter(i -> i.titleEn().equals(titleEn)).findFirst();
	}

	private static byte[] document(String title) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			docx.createParagraph().createRun().setText(title);
			docx.createParagraph().createRun()
				.setText("เอกสารนี้เป็นข้อมูลสมมติสำหรับการสาธิตระบบเท่านั้น (fictional demo document)");
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
