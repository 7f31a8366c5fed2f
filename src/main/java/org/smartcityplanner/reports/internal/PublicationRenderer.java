package org.smartcityplanner.reports.internal;

import org.smartcityplanner.documents.DocumentsApi;
import org.smartcityplanner.documents.PdfUnavailableException;
import org.smartcityplanner.reports.spi.PdfNotAvailableException;
import org.smartcityplanner.reports.spi.Publication;
import org.smartcityplanner.reports.spi.Publisher;
import org.smartcityplanner.reports.spi.Workbook;
import org.springframework.stereotype.Component;

/** Renders other modules' publications with the documents engine. */
@Component
class PublicationRenderer implements Publisher {

	private final DocumentsApi documents;

	PublicationRenderer(DocumentsApi documents) {
		this.documents = documents;
	}

	@Override
	public byte[] docx(Publication publication) {
		return documents.docx(PublicationModels.document(publication));
	}

	@Override
	public byte[] pdf(Publication publication) {
		try {
			return documents.pdf(PublicationModels.document(publication));
		}
		catch (PdfUnavailableException e) {
			// contributors know the contract, not the engine: the same news in the contract's words
			throw new PdfNotAvailableException(e.getMessage(), e);
		}
	}

	@Override
	public byte[] xlsx(Workbook workbook) {
		return documents.xlsx(PublicationModels.workbook(workbook));
	}
}
