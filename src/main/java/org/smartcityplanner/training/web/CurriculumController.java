package org.smartcityplanner.training.web;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.training.Curriculum;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.Topic;
import org.smartcityplanner.training.domain.TopicRules;
import org.smartcityplanner.training.internal.CurriculumUseCases;
import org.smartcityplanner.training.internal.MaterialFileUseCases;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The curriculum for everyone signed in; admins revise topics, each revision being a new version. */
@Controller
class CurriculumController {

	private final CurriculumUseCases curriculum;
	private final MaterialFileUseCases materialFiles;
	private final Problems problems;

	CurriculumController(CurriculumUseCases curriculum, MaterialFileUseCases materialFiles, Problems problems) {
		this.curriculum = curriculum;
		this.materialFiles = materialFiles;
		this.problems = problems;
	}

	@GetMapping("/training/curriculum")
	String show(@RequestParam(required = false) Integer version, Model model) {
		List<Curriculum> versions = curriculum.versions();
		Curriculum shown = version == null ? versions.get(0)
				: versions.stream().filter(v -> v.versionNo() == version).findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("curriculum", shown);
		model.addAttribute("versions", versions);
		model.addAttribute("isCurrent", shown.id() == versions.get(0).id());
		model.addAttribute("files", materialFiles.attachedFiles());
		return "training/curriculum";
	}

	@GetMapping("/training/curriculum/topics/{code}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable String code, Model model) {
		Curriculum current = curriculum.current();
		Topic topic = current.topic(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		TopicForm form = new TopicForm();
		form.setTitleTh(topic.title().th());
		form.setTitleEn(topic.title().en());
		form.setObjectivesTh(topic.objectives().th());
		form.setObjectivesEn(topic.objectives().en());
		form.setDurationMinutes(String.valueOf(topic.durationMinutes()));
		form.setMaterials(TopicRules.materialsText(topic.materials()));
		form.setBasedOnVersion(current.versionNo());
		return page(topic, form, Map.of(), model);
	}

	@PostMapping("/training/curriculum/topics/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	String revise(@PathVariable String code, TopicForm form, Model model, RedirectAttributes redirect) {
		Curriculum current = curriculum.current();
		Topic topic = current.topic(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<FieldProblem> found = curriculum.check(form.draft());
		if (!found.isEmpty()) {
			return page(topic, form, problems.byField(found), model);
		}
		try {
			Curriculum revised = curriculum.reviseTopic(form.getBasedOnVersion(), code, form.draft(), form.getNote());
			redirect.addFlashAttribute("flashSuccess", "training.curriculum.revised");
			return "redirect:/training/curriculum?version=" + revised.versionNo();
		}
		catch (OptimisticLockingFailureException e) {
			return page(topic, form, problems.byField(List.of(FieldProblem.of(null, "training.curriculum.conflict",
					current.versionNo()))), model);
		}
		catch (InvalidInputException e) {
			return page(topic, form, problems.of(e), model);
		}
	}

	private String page(Topic topic, TopicForm form, Map<String, List<String>> errors, Model model) {
		model.addAttribute("topic", topic);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("files", materialFiles.attachedFiles());
		return "training/topic-form";
	}
}
