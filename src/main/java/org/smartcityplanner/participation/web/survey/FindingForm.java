package org.smartcityplanner.participation.web.survey;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.domain.survey.FindingDraft;
import org.smartcityplanner.participation.internal.finding.SurveyFinding;
import org.smartcityplanner.participation.web.EditFlow;

/** The finding form as posted (and as the API takes it); nothing in it is trusted. */
public class FindingForm implements EditFlow.Versioned {

	private String statement = "";
	private String basis = "";
	private List<Long> questionIds = new ArrayList<>();
	private int version;

	static FindingForm of(SurveyFinding finding) {
		FindingForm form = new FindingForm();
		form.statement = finding.statement();
		form.basis = finding.basis();
		form.questionIds = new ArrayList<>(finding.questionIds());
		form.version = finding.version();
		return form;
	}

	FindingDraft draft() {
		return new FindingDraft(statement, basis, questionIds);
	}

	public String getStatement() { return statement; }
	public void setStatement(String statement) { this.statement = statement; }
	public String getBasis() { return basis; }
	public void setBasis(String basis) { this.basis = basis; }
	public List<Long> getQuestionIds() { return questionIds; }
	public void setQuestionIds(List<Long> questionIds) { this.questionIds = questionIds == null ? new ArrayList<>() : questionIds; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
