package org.smartcityplanner.dashboard.web.national;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.dashboard.domain.ProgrammeTarget;
import org.smartcityplanner.dashboard.internal.national.Certification;
import org.smartcityplanner.dashboard.internal.national.CertificationRegister;
import org.smartcityplanner.dashboard.internal.national.NationalOverview;
import org.smartcityplanner.dashboard.internal.national.NationalOverviews;
import org.smartcityplanner.dashboard.internal.national.ProgrammeTargets;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The national overview over the API: the public version without an account, the institute's version, the
 * certification register and the programme's targets (admins). Refusals answer 400 problem+json naming the field.
 */
@RestController
@Tag(name = "National overview", description = "Provinces and target areas by stage, programme targets, certification register")
class NationalApiController {

	private final NationalOverviews overviews;
	private final CertificationRegister register;
	private final ProgrammeTargets targets;

	NationalApiController(NationalOverviews overviews, CertificationRegister register, ProgrammeTargets targets) {
		this.overviews = overviews;
		this.register = register;
		this.targets = targets;
	}

	@GetMapping("/api/v1/public/national")
	@Operation(summary = "Public national overview (no account): stages, targets, tiles; dimensions of approved plans only")
	NationalOverview publicOverview(
			@Parameter(description = "province (default), stage (furthest first) or stage-asc") @RequestParam(defaultValue = "") String sort) {
		return overviews.overview(true, NationalOverviews.Order.of(sort));
	}

	@GetMapping("/api/v1/national/overview")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "The institute's national overview (admins)")
	NationalOverview overview(@RequestParam(defaultValue = "") String sort) {
		return overviews.overview(false, NationalOverviews.Order.of(sort));
	}

	@GetMapping("/api/v1/national/certifications")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "The certification register (admins)")
	List<Certification> certifications() {
		return register.all();
	}

	@PostMapping("/api/v1/national/certifications")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Records a target area's certification (admins); one entry per area")
	Certification certify(@RequestBody Certification.Input input) {
		return register.create(input);
	}

	@PutMapping("/api/v1/national/certifications/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Changes an entry, e.g. records its renewal (admins); 409 when the version is stale")
	Certification change(@PathVariable long id, @RequestParam int version, @RequestBody Certification.Input input) {
		known(id);
		return register.update(id, input, version);
	}

	@DeleteMapping("/api/v1/national/certifications/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Removes an entry recorded by mistake (admins)")
	void remove(@PathVariable long id, @RequestParam int version) {
		known(id);
		register.delete(id, version);
	}

	@GetMapping("/api/v1/national/targets")
	@Operation(summary = "The programme's targets with their sources and \"to confirm\" flags (admins)")
	@PreAuthorize("hasRole('ADMIN')")
	List<ProgrammeTarget> programmeTargets() {
		return targets.all();
	}

	@PostMapping("/api/v1/national/targets")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds a target for a year (admins)")
	ProgrammeTarget addTarget(@RequestBody ProgrammeTargets.Input input) {
		return targets.create(input);
	}

	@PutMapping("/api/v1/national/targets/{year}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Changes a year's target (admins); the year in the body is ignored")
	ProgrammeTarget changeTarget(@PathVariable int year, @RequestParam int version,
			@RequestBody ProgrammeTargets.Input input) {
		if (targets.find(year).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return targets.update(year, input, version);
	}

	private void known(long id) {
		if (register.find(id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}
}
