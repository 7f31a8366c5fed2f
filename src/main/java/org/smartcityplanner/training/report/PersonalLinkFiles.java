package org.smartcityplanner.training.report;

import java.time.Clock;
import java.util.Locale;

import org.smartcityplanner.publication.Publisher;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.PersonalLinkSheet;
import org.smartcityplanner.training.internal.PersonalLinkUseCases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cohort's personal links as a file: the printable sheet (PDF, or DOCX to edit and print) or the CSV list.
 * Issuing and rendering are one transaction: when the file cannot be made (e.g. no PDF engine on this node) no
 * link is renewed, so nobody's working link is ended for a sheet that never reached the coordinator.
 */
@Service
public class PersonalLinkFiles {

	/** The kinds of file. */
	public enum Format {
		PDF, DOCX, CSV;

		/** {@code pdf}, {@code docx} or {@code csv}; null for anything else. */
		public static Format parse(String text) {
			if (text == null) {
				return null;
			}
			return switch (text.strip().toLowerCase(Locale.ROOT)) {
				case "pdf" -> PDF;
				case "docx" -> DOCX;
				case "csv" -> CSV;
				default -> null;
			};
		}
	}

	private final PersonalLinkUseCases links;
	private final Publisher publisher;
	private final ReferenceApi reference;
	private final Clock clock;

	PersonalLinkFiles(PersonalLinkUseCases links, Publisher publisher, ReferenceApi reference, Clock clock) {
		this.links = links;
		this.publisher = publisher;
		this.reference = reference;
		this.clock = clock;
	}

	/**
	 * Issues the links of the scope's trainees and returns them as a file.
	 *
	 * @throws org.smartcityplanner.shared.NotInProvinceException when the cohort is not the province's
	 * @throws org.smartcityplanner.publication.PdfNotAvailableException when a PDF is asked of a node that cannot
	 *         make one (nothing is issued)
	 */
	@Transactional
	public TrainingDocuments.Rendered sheet(ProvinceCode province, long cohortId, PersonalLinkSheet.Scope scope,
			Format format) {
		PersonalLinkSheet sheet = links.issue(province, cohortId, scope, format.name());
		String name = "personal-links-" + cohortId;
		return switch (format) {
			case CSV -> new TrainingDocuments.Rendered(PersonalLinkList.csv(sheet), name + ".csv");
			case DOCX -> new TrainingDocuments.Rendered(publisher.docx(document(province, sheet)), name + ".docx");
			case PDF -> new TrainingDocuments.Rendered(publisher.pdf(document(province, sheet)), name + ".pdf");
		};
	}

	private org.smartcityplanner.publication.Publication document(ProvinceCode province, PersonalLinkSheet sheet) {
		String provinceName = reference.province(province).map(p -> p.name().th()).orElse(province.value());
		return PersonalLinkSheetDocument.of(sheet, provinceName, clock.instant());
	}
}
