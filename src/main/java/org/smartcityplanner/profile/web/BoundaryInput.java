package org.smartcityplanner.profile.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.smartcityplanner.profile.AreaDetails.BoundaryChange;
import org.smartcityplanner.profile.BoundaryCheck;
import org.smartcityplanner.profile.internal.ProfileUseCases;
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
	static BoundaryChange read(AreaForm form, BindingResult errors, ProfileUseCases profile) {
		MultipartFile file = form.getBoundaryFile();
		String field;
		String text;
		if (file != null && !file.isEmpty()) {
			field = FILE;
			text = readFile(file, (key, args) -> errors.rejectValue(FILE, key, args, null));
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

	/**
	 * The text of an uploaded GeoJSON file, or {@code null} after telling {@code reject} why it cannot be used
	 * (wrong file type, over the size limit, not UTF-8 text, unreadable).
	 */
	static String readFile(MultipartFile file, Rejection reject) {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		if (!name.endsWith(".geojson") && !name.endsWith(".json")) {
			reject.reject("areas.boundary.file.type", new Object[0]);
			return null;
		}
		if (file.getSize() > BoundaryCheck.MAX_CHARS) {
			reject.reject("areas.boundary.file.tooLarge", new Object[] { MAX_MB });
			return null;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
		}
		catch (CharacterCodingException e) {
			reject.reject("areas.boundary.file.notText", new Object[0]);
			return null;
		}
		catch (IOException e) {
			reject.reject("areas.boundary.file.unreadable", new Object[0]);
			return null;
		}
	}

	/** Where a refused upload is reported: a message key and its arguments. */
	@FunctionalInterface
	interface Rejection {
		void reject(String messageKey, Object[] args);
	}
}
