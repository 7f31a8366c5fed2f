package org.smartcityplanner.training.web;

import java.io.IOException;
import java.util.List;

import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.training.internal.MaterialFileUseCases;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Files attached to curriculum materials: downloaded by everyone signed in who sees the curriculum (trainees too),
 * attached, replaced and removed on the topic edit page by those who may edit the curriculum (admins). A refused
 * upload comes back to the edit page with the reason, naming the field.
 */
@Controller
class MaterialFileController {

	private final MaterialFileUseCases files;
	private final Problems problems;

	MaterialFileController(MaterialFileUseCases files, Problems problems) {
		this.files = files;
		this.problems = problems;
	}

	@GetMapping("/training/curriculum/materials/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable long fileId) {
		return MaterialDownloads.of(files.content(fileId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	@PostMapping("/training/curriculum/topics/{code}/materials")
	@PreAuthorize("hasRole('ADMIN')")
	String attach(@PathVariable String code, @RequestParam(required = false) String title,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		requireTopicCode(code);
		try {
			files.attach(code, title, file == null ? null : file.getOriginalFilename(), bytes(file));
			redirect.addFlashAttribute("flashSuccess", "training.material.file.attached");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("materialErrors", List.of(problems.text(e)));
		}
		return "redirect:/training/curriculum/topics/" + code + "/edit";
	}

	@PostMapping("/training/curriculum/topics/{code}/materials/{fileId}/remove")
	@PreAuthorize("hasRole('ADMIN')")
	String remove(@PathVariable String code, @PathVariable long fileId, RedirectAttributes redirect) {
		requireTopicCode(code);
		try {
			files.remove(code, fileId);
		}
		catch (NotInProvinceException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flashSuccess", "training.material.file.removed");
		return "redirect:/training/curriculum/topics/" + code + "/edit";
	}

	/** Topic codes are upper-case words; anything else is no topic (and never goes into a redirect address). */
	private static void requireTopicCode(String code) {
		if (!code.matches("[A-Z0-9_]{1,40}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	static byte[] bytes(MultipartFile file) throws IOException {
		return file == null || file.isEmpty() ? new byte[0] : file.getBytes();
	}
}
