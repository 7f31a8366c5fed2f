package org.smartcityplanner.participation.web.meeting;

import org.smartcityplanner.participation.internal.meeting.MeetingDocuments;
import org.smartcityplanner.publication.PdfNotAvailableException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A meeting's invitation letter and minutes as DOCX and PDF, for everyone who may see the meeting. */
@Controller
@PreAuthorize(MeetingRoles.READERS)
class MeetingFilesController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final MeetingDocuments documents;

	MeetingFilesController(MeetingDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/p/{provinceCode}/participation/meetings/{meetingId}/invitation.docx")
	ResponseEntity<byte[]> invitationDocx(@PathVariable String provinceCode, @PathVariable long meetingId) {
		return file(documents.invitation(ProvinceCode.of(provinceCode), meetingId, false), DOCX);
	}

	@GetMapping("/p/{provinceCode}/participation/meetings/{meetingId}/invitation.pdf")
	ResponseEntity<byte[]> invitationPdf(@PathVariable String provinceCode, @PathVariable long meetingId,
			RedirectAttributes redirect) {
		try {
			return file(documents.invitation(ProvinceCode.of(provinceCode), meetingId, true), MediaType.APPLICATION_PDF);
		}
		catch (PdfNotAvailableException e) {
			return backWithoutPdf(provinceCode, meetingId, redirect);
		}
	}

	@GetMapping("/p/{provinceCode}/participation/meetings/{meetingId}/minutes.docx")
	ResponseEntity<byte[]> minutesDocx(@PathVariable String provinceCode, @PathVariable long meetingId) {
		return file(documents.minutes(ProvinceCode.of(provinceCode), meetingId, false), DOCX);
	}

	@GetMapping("/p/{provinceCode}/participation/meetings/{meetingId}/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable String provinceCode, @PathVariable long meetingId,
			RedirectAttributes redirect) {
		try {
			return file(documents.minutes(ProvinceCode.of(provinceCode), meetingId, true), MediaType.APPLICATION_PDF);
		}
		catch (PdfNotAvailableException e) {
			return backWithoutPdf(provinceCode, meetingId, redirect);
		}
	}

	/** This node cannot make PDFs: back to the meeting, which says so and still offers the DOCX. */
	private static ResponseEntity<byte[]> backWithoutPdf(String provinceCode, long meetingId,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", "participation.documents.pdfUnavailable");
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, MeetingRoles.base(provinceCode) + "/" + meetingId + "#documents").build();
	}

	private static ResponseEntity<byte[]> file(MeetingDocuments.Rendered rendered, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(rendered.fileName()).build().toString())
			.contentType(type)
			.body(rendered.content());
	}
}
