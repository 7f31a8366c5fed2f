package org.smartcityplanner.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.ActionPlanApi;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.Proposal;
import org.smartcityplanner.actionplan.SourceRules;
import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentsApi;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.reports.actionplan.ActionPlanInput.Named;
import org.smartcityplanner.reports.actionplan.ActionPlanInput.PlanRow;
import org.smartcityplanner.reports.actionplan.ActionPlanInput;
import org.smartcityplanner.reports.actionplan.ActionPlanWorkbook;
import org.smartcityplanner.reports.actionplan.ProposalFormsDocument;
import org.smartcityplanner.reports.actionplan.SourceForms;
import org.smartcityplanner.reports.actionplan.SourceShare;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the action-plan workbook and proposal forms from the action plan's public API and audits downloads. */
@Service
class ActionPlanExportService implements ActionPlanExportsUseCases {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** Fields the form prints in its own rows and tables rather than in the list of required fields. */
	private static final java.util.Set<FormField> SHOWN_APART = java.util.EnumSet.of(FormField.NAME,
			FormField.TARGET_AREA, FormField.LEAD_AGENCY, FormField.BUDGET_BY_CATEGORY);

	private final ActionPlanApi actionPlans;
	private final ProfileApi profile;
	private final ReferenceApi reference;
	private final DocumentsApi documents;
	private final MessageSource messages;
	private final AuditLog audit;
	private final Clock clock;

	ActionPlanExportService(ActionPlanApi actionPlans, ProfileApi profile, ReferenceApi reference,
			DocumentsApi documents, MessageSource messages, AuditLog audit, Clock clock) {
		this.actionPlans = actionPlans;
		this.profile = profile;
		this.reference = reference;
		this.documents = documents;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<FundingSource> fundingSources(ProvinceCode province) {
		List<ActionItem> items = actionPlans.actionItems(province);
		return actionPlans.sourceRules().stream()
			.filter(source -> items.stream().anyMatch(item -> funds(item, source.code())))
			.map(source -> new FundingSource(source.code(), source.name()))
			.toList();
	}

	@Override
	public boolean hasActionPlan(ProvinceCode province) {
		return !actionPlans.actionItems(province).isEmpty();
	}

	@Override
	@Transactional
	public ExportedFile workbook(ProvinceCode province, DocumentLanguage language, boolean thaiNumerals) {
		MessageBookTexts texts = texts(language, thaiNumerals);
		ActionPlanInput input = input(province, language.locale());
		byte[] content = documents.xlsx(ActionPlanWorkbook.build(input, texts, clock.instant()));
		String name = "action-plan-" + province.value() + "-" + suffix(language, thaiNumerals) + ".xlsx";
		audited(province, "action-plan-workbook", name);
		return new ExportedFile(name, XLSX, content);
	}

	@Override
	@Transactional
	public Optional<ExportedFile> proposalForms(ProvinceCode province, String sourceCode, DocumentLanguage language,
			boolean thaiNumerals) {
		MessageBookTexts texts = texts(language, thaiNumerals);
		Optional<SourceRules> source = actionPlans.sourceRules().stream()
			.filter(rules -> rules.code().equals(sourceCode))
			.findFirst();
		if (source.isEmpty()) {
			return Optional.empty();
		}
		Locale locale = language.locale();
		SourceRules rules = source.get();
		ActionPlanInput input = input(province, locale);
		Map<String, Map<FiscalYear, Map<String, Baht>>> asked = new LinkedHashMap<>();
		String unspecified = messages.getMessage("reports.ap.form.unspecified", null, "-", locale);
		for (PlanRow row : input.rowsFundedBy(rules.code())) {
			asked.computeIfAbsent(row.projectId(), id -> new TreeMap<>()).put(row.year(),
					SourceShare.byCategory(row, rules.code(), input.categories(), unspecified));
		}
		List<String> planOrder = actionPlans.projects(province).stream().map(CandidateProject::id).toList();
		Map<String, Map<FiscalYear, Map<String, Baht>>> inPlanOrder = new LinkedHashMap<>();
		planOrder.stream().filter(asked::containsKey).forEach(id -> inPlanOrder.put(id, asked.get(id)));
		Map<Long, String> areaNames = new LinkedHashMap<>();
		profile.areasOf(province).forEach(area -> areaNames.put(area.id(), area.name().in(locale)));
		List<SourceForms.ProjectForm> forms = new ArrayList<>();
		inPlanOrder.forEach((projectId, perYear) -> {
			CandidateProject project = actionPlans.project(province, projectId).orElseThrow();
			Proposal proposal = actionPlans.proposal(province, projectId, rules.code());
			List<SourceForms.Field> fields = rules.rule().requiredFields().stream()
				.filter(field -> !SHOWN_APART.contains(field))
				.map(field -> new SourceForms.Field(
						messages.getMessage("actionplan.field." + field.name(), null, field.name(), locale),
						valueOf(proposal, field)))
				.toList();
			String areas = String.join(", ", project.areaIds().stream().sorted().map(areaNames::get)
				.filter(java.util.Objects::nonNull).toList());
			String agency = input.rows().stream().filter(row -> row.projectId().equals(projectId)).map(PlanRow::agency)
				.findFirst().orElse(project.leadAgency());
			forms.add(new SourceForms.ProjectForm(project.name(), areas, agency, fields, perYear));
		});
		SourceForms sourceForms = new SourceForms(input.provinceName(),
				new Named(rules.code(), rules.name().in(locale)), forms, input.madeOn());
		byte[] content = documents.docx(ProposalFormsDocument.build(sourceForms, texts, clock.instant()));
		String name = "proposals-" + province.value() + "-" + rules.code() + "-" + suffix(language, thaiNumerals)
				+ ".docx";
		audited(province, "proposal-forms", name);
		return Optional.of(new ExportedFile(name, DOCX, content));
	}

	private static String valueOf(Proposal proposal, FormField field) {
		String value = field.fromPlan() ? proposal.fromPlan().get(field) : proposal.typed().get(field);
		return value == null ? "" : value;
	}

	private static boolean funds(ActionItem item, String source) {
		return item.funding().getOrDefault(source, Baht.ZERO).satang() > 0;
	}

	private ActionPlanInput input(ProvinceCode province, Locale locale) {
		String provinceName = reference.province(province).map(found -> found.name().in(locale)).orElse(province.value());
		List<Named> categories = reference.items(ReferenceKind.BUDGET_CATEGORY).stream()
			.map(item -> new Named(item.code(), item.name().in(locale)))
			.toList();
		List<Named> sources = actionPlans.sourceRules().stream()
			.map(source -> new Named(source.code(), source.name().in(locale)))
			.toList();
		Map<String, CandidateProject> projects = new LinkedHashMap<>();
		actionPlans.projects(province).forEach(project -> projects.put(project.id(), project));
		List<PlanRow> rows = new ArrayList<>();
		for (ActionItem item : actionPlans.actionItems(province)) {
			CandidateProject project = projects.get(item.projectId());
			if (project == null) {
				continue;
			}
			String dimension = reference.item(ReferenceKind.SMART_DIMENSION, project.dimension())
				.map(found -> found.name().in(locale))
				.orElse(project.dimension());
			String agency = item.agency() == null || item.agency().isBlank() ? project.leadAgency() : item.agency();
			rows.add(new PlanRow(item.year(), project.id(), project.name(), dimension, agency,
					project.costByCategory(item), item.funding()));
		}
		return new ActionPlanInput(provinceName, categories, sources, rows, LocalDate.now(clock.withZone(BANGKOK)));
	}

	/** The words of the file; Thai numerals are refused for an English file rather than quietly dropped. */
	private MessageBookTexts texts(DocumentLanguage language, boolean thaiNumerals) {
		if (thaiNumerals && language != DocumentLanguage.THAI) {
			throw new InvalidInputException("reports.error.thaiNumeralsInEnglish");
		}
		return new MessageBookTexts(messages, language, thaiNumerals);
	}

	/** "th", "en" or "th-thai-digits": two editions of one file never share a name. */
	static String suffix(DocumentLanguage language, boolean thaiNumerals) {
		return language.code() + (thaiNumerals ? "-thai-digits" : "");
	}

	private void audited(ProvinceCode province, String what, String fileName) {
		audit.record(new AuditChange("action-plan-export", province.value(), "downloaded", province, null,
				Map.of("document", what, "file", fileName)));
	}
}
