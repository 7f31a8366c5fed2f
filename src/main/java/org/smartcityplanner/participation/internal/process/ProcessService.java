package org.smartcityplanner.participation.internal.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.participation.ParticipationProcess;
import org.smartcityplanner.participation.ParticipationTool;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.participation.domain.process.ProcessRules;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The participation process of each province, checked by {@link ProcessRules}, audited on every save. */
@Service
class ProcessService implements ProcessUseCases, ProcessApi {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final ProcessStore store;
	// tools are found lazily: a tool (the surveys) asks the process whether it is open
	private final ObjectProvider<ParticipationTool> tools;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final Clock clock;

	ProcessService(ProcessStore store, ObjectProvider<ParticipationTool> tools, AuditLog audit, IdentityApi identity,
			Clock clock) {
		this.store = store;
		this.tools = tools;
		this.audit = audit;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public ParticipationProcess process(ProvinceCode province) {
		LocalDate today = LocalDate.now(clock.withZone(BANGKOK));
		return store.find(province)
			.map(s -> new ParticipationProcess(s.phases(), ProcessRules.current(s.phases(), today), true, s.version()))
			.orElseGet(() -> new ParticipationProcess(Arrays.stream(PhaseKind.values())
				.map(k -> new Phase(k, null, null, Set.of())).toList(), java.util.Optional.empty(), false, 0));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isOpen(ProvinceCode province, String toolKey) {
		return ProcessRules.isOpen(process(province).phases(), toolKey, LocalDate.now(clock.withZone(BANGKOK)));
	}

	@Override
	@Transactional
	public void save(ProvinceCode province, int seenVersion, List<Phase> phases) {
		Set<String> known = tools().stream().map(ParticipationTool::key).collect(Collectors.toSet());
		List<Problem> problems = ProcessRules.check(phases, known);
		if (!problems.isEmpty()) {
			throw new InputProblemsException(problems);
		}
		ParticipationProcess before = process(province);
		store.save(province, seenVersion, phases, identity.actorName(), clock.instant());
		audit.record(new AuditChange("participation-process", province.value(), before.defined() ? "updated" : "created",
				province, before.defined() ? snapshot(before.phases()) : null, snapshot(phases)));
	}

	@Override
	public List<ParticipationTool> tools() {
		return tools.orderedStream().toList();
	}

	private static List<Map<String, Object>> snapshot(List<Phase> phases) {
		return phases.stream().map(p -> Map.<String, Object>of("phase", p.kind().name(),
				"startsOn", String.valueOf(p.startsOn()), "endsOn", String.valueOf(p.endsOn()),
				"openTools", List.copyOf(p.openTools()))).toList();
	}
}
