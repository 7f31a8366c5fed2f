package org.smartcityplanner.training.web;

import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortReport;
import org.smartcityplanner.training.TestKind;
import org.smartcityplanner.training.Trainee;
import org.smartcityplanner.training.internal.AssessmentUseCases;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the trainee's home page: sessions with attendance, tests, surveys due, certificate status. */
@Component
class TraineePages {

	private final CohortUseCases cohorts;
	private final AttendanceUseCases attendance;
	private final AssessmentUseCases assessment;
	private final ReferenceApi reference;

	TraineePages(CohortUseCases cohorts, AttendanceUseCases attendance, AssessmentUseCases assessment, ReferenceApi reference) {
		this.cohorts = cohorts;
		this.attendance = attendance;
		this.assessment = assessment;
		this.reference = reference;
	}

	void home(Trainee trainee, String token, Model model) {
		Cohort cohort = cohorts.cohortOf(trainee);
		CohortReport report = assessment.report(cohort.province(), cohort.id());
		CohortReport.TraineeLine line = report.trainees().stream().filter(l -> l.trainee().id() == trainee.id())
			.findFirst().orElseThrow();
		model.addAttribute("trainee", trainee);
		model.addAttribute("token", token);
		model.addAttribute("cohort", cohort);
		model.addAttribute("province", reference.province(cohort.province()).orElseThrow());
		model.addAttribute("sessions", report.sessions());
		model.addAttribute("attended", TraineeController.bySession(attendance.attendanceOfTrainee(trainee.id())));
		model.addAttribute("line", line);
		model.addAttribute("pre", assessment.result(trainee.id(), TestKind.PRE).orElse(null));
		model.addAttribute("post", assessment.result(trainee.id(), TestKind.POST).orElse(null));
		model.addAttribute("surveysDue", assessment.surveysDue(trainee.id()));
	}
}
