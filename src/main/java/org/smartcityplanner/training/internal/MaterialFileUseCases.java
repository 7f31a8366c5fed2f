package org.smartcityplanner.training.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Files attached to curriculum materials. The curriculum is national, so are its files: everyone who may see the
 * curriculum may download them; only those who may edit it attach, replace and remove them.
 */
public interface MaterialFileUseCases {

	/** Every attached file by {@link MaterialFile#key(String, String)}. */
	Map<String, MaterialFile> attachedFiles();

	/** The files attached to one topic's materials. */
	List<MaterialFile> filesOf(String topicCode);

	/** Whether the current curriculum's topic lists a material with this title (files attach only to those). */
	boolean topicHasMaterial(String topicCode, String title);

	/** One file with its bytes. */
	Optional<Content> content(long fileId);

	/**
	 * Attaches a file to the material of the current curriculum's topic with the given title, replacing the file
	 * attached to it before, if any. Refuses (naming the field) an unknown topic or material, an empty or too large
	 * file, and content that is not a PDF, DOCX, PPTX, XLSX, PNG or JPEG.
	 */
	MaterialFile attach(String topicCode, String title, String originalFileName, byte[] content);

	/** Replaces the content of an attached file of the topic. */
	MaterialFile replace(String topicCode, long fileId, String originalFileName, byte[] content);

	/** Removes an attached file of the topic; the material is listed without a link again. */
	void remove(String topicCode, long fileId);

	/** A file and its bytes. */
	record Content(MaterialFile file, byte[] bytes) {
	}
}
