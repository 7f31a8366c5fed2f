package org.smartcityplanner.training.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.training.internal.MaterialFile;
import org.smartcityplanner.training.internal.MaterialFileUseCases;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Files attached to the curriculum's materials over the API. The curriculum is national: the province in the path
 * only scopes the caller (checked before the controller runs); everyone signed in for the province lists and
 * downloads, admins (who edit the curriculum) attach, replace and remove. A refused file answers 400 problem+json
 * naming the field in the caller's language; a file id of another topic, or of nothing, answers 404.
 */
@RestController
@Tag(name = "Training")
class MaterialFileApiController {

	private static final String BASE = "/api/v1/provinces/{provinceCode}/training/curriculum/topics/{topicCode}/materials";

	private final MaterialFileUseCases files;

	MaterialFileApiController(MaterialFileUseCases files) {
		this.files = files;
	}

	@GetMapping(BASE)
	@Operation(summary = "The files attached to a curriculum topic's materials")
	List<MaterialFileJson> list(@Parameter(example = "TH-65") @PathVariable String provinceCode,
			@Parameter(example = "MINDSET") @PathVariable String topicCode) {
		return files.filesOf(topicCode).stream().map(MaterialFileJson::of).toList();
	}

	@GetMapping(BASE + "/{fileId}/content")
	@Operation(summary = "Downloads a material file, with its original (sanitised) name")
	ResponseEntity<byte[]> content(@Parameter(example = "TH-65") @PathVariable String provinceCode,
			@PathVariable String topicCode, @PathVariable long fileId) {
		return MaterialDownloads.of(files.content(fileId).filter(c -> c.file().topicCode().equals(topicCode))
			.orElseThrow(() -> new NotInProvinceException("fileId", fileId)));
	}

	@PostMapping(BASE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Attaches a file (PDF, DOCX, PPTX, XLSX, PNG or JPEG, checked by content; at most "
			+ "scp.training.material.max-bytes) to the topic's material with the given title, replacing its earlier file",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
					schema = @Schema(implementation = UploadForm.class))))
	ResponseEntity<MaterialFileJson> attach(@Parameter(example = "TH-65") @PathVariable String provinceCode,
			@PathVariable String topicCode,
			@Parameter(hidden = true) @RequestParam(required = false) String title,
			@Parameter(hidden = true) @RequestPart(required = false) MultipartFile file)
			throws IOException {
		MaterialFile added = files.attach(topicCode, title, file == null ? null : file.getOriginalFilename(),
				MaterialFileController.bytes(file));
		return ResponseEntity.created(URI.create("/api/v1/provinces/" + provinceCode + "/training/curriculum/topics/"
				+ added.topicCode() + "/materials/" + added.id() + "/content")).body(MaterialFileJson.of(added));
	}

	@PutMapping(BASE + "/{fileId}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Replaces the content of an attached material file", requestBody = @RequestBody(required = true,
			content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = ReplaceForm.class))))
	MaterialFileJson replace(@Parameter(example = "TH-65") @PathVariable String provinceCode,
			@PathVariable String topicCode, @PathVariable long fileId,
			@Parameter(hidden = true) @RequestPart(required = false) MultipartFile file)
			throws IOException {
		return MaterialFileJson.of(files.replace(topicCode, fileId, file == null ? null : file.getOriginalFilename(),
				MaterialFileController.bytes(file)));
	}

	@DeleteMapping(BASE + "/{fileId}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Removes an attached material file; the material is listed without a link again")
	ResponseEntity<Void> remove(@Parameter(example = "TH-65") @PathVariable String provinceCode,
			@PathVariable String topicCode, @PathVariable long fileId) {
		files.remove(topicCode, fileId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The upload form, for the API documentation (sent as multipart/form-data).
	 *
	 * @param title the material's title in the topic
	 * @param file the file
	 */
	record UploadForm(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "สไลด์บรรยายหัวข้อที่ 1") String title,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary") String file) {
	}

	/**
	 * The replacement form, for the API documentation (sent as multipart/form-data).
	 *
	 * @param file the new file
	 */
	record ReplaceForm(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary") String file) {
	}

	/** An attached file's description. */
	record MaterialFileJson(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "MINDSET") String topicCode,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "สไลด์บรรยายหัวข้อที่ 1") String title,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "slides.pdf") String fileName,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "application/pdf") String contentType,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long sizeBytes,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String uploadedBy,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant uploadedAt) {

		static MaterialFileJson of(MaterialFile file) {
			return new MaterialFileJson(file.id(), file.topicCode(), file.title(), file.fileName(), file.contentType(),
					file.sizeBytes(), file.uploadedBy(), file.uploadedAt());
		}
	}
}
