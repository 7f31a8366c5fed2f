package org.smartcityplanner.publication.internal;

import org.smartcityplanner.documents.DocumentsApi;
import org.smartcityplanner.documents.PdfUnavailableException;
import org.smartcityplanner.publication.PdfNotAvailableException;
import org.smartcityplanner.publication.PublicationModels;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.Publisher;
import org.smartcityplanner.publication.Workbook;
import org.springframework.stereotype.Component;

/** Renders other modules' publications with the documents engine. */
@Component
class PublicationRenderer implements Publisher {

	private final DocumentsApi documents;

	PublicationRenderer(DocumentsApi documents) {
		this.documents = documents;
	}

	@Override
	public byte[] docx(Publication publication, boolean thaiNumerals) {
		return documents.docx(PublicationModels.document(publication, thaiNumerals));
	}

	@Override
	public byte[] pdf(Publication publication, boolean thaiNumerals) {
		try {
			return documents.pdf(PublicationModels.document(publication, thaiNumerals));
		}
		catch (PdfUnavailableException e) {
			// contributors know the contract, not the engine: the same news in the contract's words
			throw new PdfNotAvailableException(e.getMessage(), e);
		}
	}

	@Override
	public byte[] xlsx(Workbook workbook, boolean thaiNumerals) {
		return documents.xlsx(PublicationModels.workbook(workbook, thaiNumerals));
	}
}
