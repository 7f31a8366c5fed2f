package org.smartcityplanner.documents.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.DocumentsApi;
import org.smartcityplanner.documents.PdfEngineStatus;
import org.smartcityplanner.documents.WorkbookModel;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The engine as a Spring bean; says at start-up whether PDFs can be made on this node.
 */
@Service
class DocumentService implements DocumentsApi, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

	private final DocxRenderer docx = new DocxRenderer();
	private final XlsxRenderer xlsx = new XlsxRenderer();
	private final LibreOfficePdf pdf;
	private final java.util.concurrent.atomic.AtomicBoolean announced = new java.util.concurrent.atomic.AtomicBoolean();

	DocumentService(@Value("${scp.documents.office-home:}") String officeHome) {
		this.pdf = new LibreOfficePdf(officeHome);
	}

	@EventListener(ApplicationReadyEvent.class)
	void announcePdfEngine() {
		if (!announced.compareAndSet(false, true)) {
			return;
		}
		PdfEngineStatus status = pdf.status();
		if (status.available()) {
			log.info("PDF engine: {}", status.engine());
		}
		else {
			log.warn("PDF ENGINE MISSING - {}", status.problem());
		}
	}

	@Override
	public byte[] docx(DocumentModel model) {
		return docx.render(model);
	}

	@Override
	public byte[] pdf(DocumentModel model) {
		return pdf.convert(docx.render(model));
	}

	@Override
	public byte[] pdfOfDocx(byte[] file) {
		return pdf.convert(file);
	}

	@Override
	public byte[] xlsx(WorkbookModel workbook) {
		return xlsx.render(workbook);
	}

	@Override
	public PdfEngineStatus pdfEngine() {
		return pdf.status();
	}

	@Override
	public void destroy() {
		pdf.close();
	}
}
