package org.smartcityplanner.profile.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.smartcityplanner.profile.AreaDetails.BoundaryChange;
import org.smartcityplanner.profile.BoundaryCheck;
import org.smartcityplanner.profile.ProfileApi;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns the boundary part of the area form into a {@link BoundaryChange}, or marks the field that is wrong.
 * A readable uploaded file is copied into the text box, so that when the form comes back (for this or any
 * other field) the user does not have to choose the file again.
 */
final class BoundaryInput {

	static final String FILE = "boundaryFile";
	static final String TEXT = "boundaryText";
	/** Shown in messages: the upload limit in MB. */
	static final String MAX_MB = String.valueOf(BoundaryCheck.MAX_CHARS / (1024 * 1024));

	private BoundaryInput() {
	}

	/** The change to make, or {@code null} when a field was rejected. */
	static BoundaryChange read(AreaForm form, BindingResult errors, ProfileApi profile) {
		MultipartFile file = form.getBoundaryFile();
		String field;
		String text;
		if (file != null && !file.isEmpty()) {
			field = FILE;
			text = readFile(file, errors);
			if (text == null) {
				return null;
			}
			form.setBoundaryText(text);
			form.markFileCopied();
		}
		else if (form.getBoundaryText() != null && !form.getBoundaryText().isBlank()) {
			field = TEXT;
			text = form.getBoundaryText();
		}
		else {
			return form.isRemoveBoundary() ? BoundaryChange.REMOVE : BoundaryChange.KEEP;
		}
		BoundaryCheck check = profile.checkBoundary(text);
		if (!check.isValid()) {
			errors.rejectValue(field, check.problem().messageKey(), check.problemArgs().toArray(), null);
			return null;
		}
		return BoundaryChange.replaceWith(text);
	}

	private static String readFile(MultipartFile file, BindingResult errors) {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		if (!name.endsWith(".geojson") && !name.endsWith(".json")) {
			errors.rejectValue("boundaryFile", "areas.boundary.file.type");
			return null;
		}
		if (file.getSize() > BoundaryCheck.MAX_CHARS) {
			errors.rejectValue("boundaryFile", "areas.boundary.file.tooLarge", new Object[] { MAX_MB }, null);
			return null;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
		}
		catch (CharacterCodingException e) {
			errors.rejectValue("boundaryFile", "areas.boundary.file.notText");
			return null;
		}
		catch (IOException e) {
			errors.rejectValue("boundaryFile", "areas.boundary.file.unreadable");
			return null;
		}
	}
}
