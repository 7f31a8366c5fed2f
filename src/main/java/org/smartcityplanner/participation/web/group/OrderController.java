package org.smartcityplanner.participation.web.group;

import java.util.Map;

import org.smartcityplanner.participation.AppointmentOrder;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.WorkingGroupDocuments;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.ProblemTexts;
import org.smartcityplanner.publication.PdfNotAvailableException;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issuing an appointment order (the first or a revision) and reading one back: its members, who joined and left
 * with it, and its Word and PDF files.
 */
@Controller
@PreAuthorize(ParticipationAccess.MANAGERS)
class OrderController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final WorkingGroupApi group;
	private final WorkingGroupDocuments documents;
	private final ProblemTexts problems;

	OrderController(WorkingGroupApi group, WorkingGroupDocuments documents, ProblemTexts problems) {
		this.group = group;
		this.documents = documents;
		this.problems = problems;
	}

	@GetMapping("/p/{provinceCode}/participation/group/orders/new")
	String newOrder(@PathVariable String provinceCode, Model model) {
		return form(ProvinceCode.of(provinceCode), model, new OrderForm(), Map.of());
	}

	@PostMapping("/p/{provinceCode}/participation/group/orders")
	String issue(@PathVariable String provinceCode, @ModelAttribute("form") OrderForm form, Model model,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		AppointmentOrder order;
		try {
			order = group.issueOrder(province, form.draft());
		}
		catch (InvalidInputException e) {
			return form(province, model, form, problems.byField(e));
		}
		redirect.addFlashAttribute("flashSuccess", "participation.order.issued");
		return "redirect:/p/" + provinceCode + "/participation/group/orders/" + order.id();
	}

	@GetMapping("/p/{provinceCode}/participation/group/orders/{orderId}")
	@PreAuthorize(ParticipationAccess.READERS)
	String show(@PathVariable String provinceCode, @PathVariable long orderId, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		model.addAttribute("order", group.order(province, orderId));
		model.addAttribute("changes", group.changesOf(province, orderId));
		return "participation/group/order";
	}

	@GetMapping("/p/{provinceCode}/participation/group/orders/{orderId}/order.docx")
	@PreAuthorize(ParticipationAccess.READERS)
	ResponseEntity<byte[]> docx(@PathVariable String provinceCode, @PathVariable long orderId) {
		byte[] file = documents.orderDocx(ProvinceCode.of(provinceCode), orderId);
		return file(file, DOCX, "appointment-order-" + orderId + ".docx");
	}

	@GetMapping("/p/{provinceCode}/participation/group/orders/{orderId}/order.pdf")
	@PreAuthorize(ParticipationAccess.READERS)
	ResponseEntity<byte[]> pdf(@PathVariable String provinceCode, @PathVariable long orderId,
			RedirectAttributes redirect) {
		try {
			return file(documents.orderPdf(ProvinceCode.of(provinceCode), orderId), MediaType.APPLICATION_PDF,
					"appointment-order-" + orderId + ".pdf");
		}
		catch (PdfNotAvailableException e) {
			redirect.addFlashAttribute("flashError", "participation.order.pdfUnavailable");
			return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION,
					"/p/" + provinceCode + "/participation/group/orders/" + orderId).build();
		}
	}

	static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	private String form(ProvinceCode province, Model model, OrderForm form, Map<String, ?> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("members", group.currentMembers(province));
		model.addAttribute("figures", group.figures(province));
		model.addAttribute("latest", group.orders(province).stream().findFirst().orElse(null));
		return "participation/group/order-form";
	}
}
