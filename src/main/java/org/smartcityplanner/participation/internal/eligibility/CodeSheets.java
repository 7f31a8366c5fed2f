package org.smartcityplanner.participation.internal.eligibility;

import org.smartcityplanner.publication.Publisher;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a batch of participation codes and its sheet in one transaction: if the sheet cannot be rendered (no PDF
 * engine on this node), no batch is stored whose codes nobody ever saw. PDF to print, DOCX to adjust. The address
 * on the slips is the configured public one ({@code scp.public-base-url}), never the host the coordinator uses.
 */
@Component
public class CodeSheets {

	private final ParticipationCodeService codes;
	private final Publisher publisher;
	private final ReferenceApi reference;
	private final String publicBaseUrl;

	CodeSheets(ParticipationCodeService codes, Publisher publisher, ReferenceApi reference,
			@Value("${scp.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.codes = codes;
		this.publisher = publisher;
		this.reference = reference;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	/** A new batch's sheet. */
	public record Sheet(long batchId, byte[] bytes) {
	}

	/**
	 * Makes {@code count} codes labelled {@code label} and their sheet.
	 *
	 * @throws org.smartcityplanner.participation.internal.InputProblemsException for a blank label or a bad count
	 * @throws org.smartcityplanner.publication.PdfNotAvailableException when a PDF was asked and this node cannot
	 *         make one (nothing is stored then)
	 */
	@Transactional
	public Sheet generate(ProvinceCode province, String label, Integer count, boolean docx) {
		ParticipationCodeService.NewBatch batch = codes.generate(province, label, count);
		var document = CodeSheetDocument.of(name(province), batch.batch().label(), enterAddress(province),
				batch.codes(), batch.batch().createdAt());
		return new Sheet(batch.batch().id(), docx ? publisher.docx(document) : publisher.pdf(document));
	}

	/** Where a citizen types a code of the province. */
	public String enterAddress(ProvinceCode province) {
		return publicAddress("/public/" + province.value() + "/enter");
	}

	/** The configured public address of a path (from {@code /}), as printed on paper handed to the public. */
	public String publicAddress(String path) {
		return publicBaseUrl + path;
	}

	private String name(ProvinceCode province) {
		return reference.province(province).map(p -> p.name().th()).orElse(province.value());
	}
}
