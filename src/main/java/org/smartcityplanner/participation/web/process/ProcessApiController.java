package org.smartcityplanner.participation.web.process;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.participation.ParticipationProcess;
import org.smartcityplanner.participation.ParticipationTool;
import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Participation process", description = "The four phases of a province's participation and its tools")
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')")
class ProcessApiController {

	private final ProcessUseCases process;
	private final ApiProblems problems;

	ProcessApiController(ProcessUseCases process, ApiProblems problems) {
		this.process = process;
		this.problems = problems;
	}

	@Schema(name = "ProcessPhaseRequest")
	record PhaseRequest(@Schema(requiredMode = REQUIRED, allowableValues = { "LISTEN", "IDEAS", "PRIORITISE",
			"VALIDATE" }) String kind, LocalDate startsOn, LocalDate endsOn,
			@Schema(description = "keys of the tools open in the phase, e.g. surveys") Set<String> openTools) {
	}

	@Schema(name = "ProcessRequest")
	record ProcessRequest(@Schema(requiredMode = REQUIRED, description = "the version read (0 when none)") Integer version,
			@Schema(requiredMode = REQUIRED, description = "the four phases in order") List<PhaseRequest> phases) {
	}

	@Schema(name = "ParticipationToolView")
	record ToolView(String key, String name, String path, ParticipationTool.Permissions permissions,
			List<ParticipationTool.Statistic> statistics, List<ParticipationTool.Export> exports) {
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/participation/process")
	@Operation(summary = "The process: four phases with dates (ISO) and open tools, the current phase, the version")
	ParticipationProcess get(@PathVariable String provinceCode) {
		return process.process(ProvinceCode.of(provinceCode));
	}

	@PutMapping("/api/v1/provinces/{provinceCode}/participation/process")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
	@Operation(summary = "Replaces the four phases; 400 lists every problem by phase, 409 when the version is stale")
	ParticipationProcess put(@PathVariable String provinceCode, @RequestBody ProcessRequest body) {
		List<Phase> phases = new ArrayList<>();
		for (PhaseRequest p : body.phases() == null ? List.<PhaseRequest>of() : body.phases()) {
			PhaseKind kind = p == null ? null : parse(p.kind());
			if (kind == null) {
				throw new InputProblemsException(List.of(Problem.of("phases", "participation.process.allPhases")));
			}
			phases.add(new Phase(kind, p.startsOn(), p.endsOn(), p.openTools() == null ? Set.of() : p.openTools()));
		}
		if (body.version() == null) {
			throw new InputProblemsException(List.of(Problem.of("version", "participation.process.versionRequired")));
		}
		process.save(ProvinceCode.of(provinceCode), body.version(), phases);
		return process.process(ProvinceCode.of(provinceCode));
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/participation/tools")
	@Operation(summary = "Every participation tool with its permissions, statistics and exports for the province")
	List<ToolView> tools(@PathVariable String provinceCode) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return process.tools().stream().map(t -> new ToolView(t.key(), t.nameMessageKey(), t.pagePath(province),
				t.permissions(), t.statistics(province), t.exports(province))).toList();
	}

	private static PhaseKind parse(String kind) {
		for (PhaseKind k : PhaseKind.values()) {
			if (k.name().equals(kind)) {
				return k;
			}
		}
		return null;
	}

	@ExceptionHandler(InputProblemsException.class)
	ResponseEntity<ProblemDetail> refused(InputProblemsException e) {
		return problems.of(HttpStatus.BAD_REQUEST, e.problems());
	}
}
