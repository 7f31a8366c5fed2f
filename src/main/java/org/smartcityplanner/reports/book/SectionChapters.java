package org.smartcityplanner.reports.book;

import java.util.List;
import java.util.function.Function;

import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.plan.model.PlanSections;

/**
 * Chapters 7-9: the committee's required text chapters (infrastructure, City Data Platform, management), each
 * a list of titled parts from the plan's sections.
 */
final class SectionChapters implements Chapter {

	private record Part(String titleKey, Function<PlanSections, String> text) {
	}

	private final String titleKey;
	private final List<Part> parts;

	private SectionChapters(String titleKey, List<Part> parts) {
		this.titleKey = titleKey;
		this.parts = parts;
	}

	static SectionChapters infrastructure() {
		return new SectionChapters("book.ch.infrastructure",
				List.of(new Part("", PlanSections::digitalInfrastructure)));
	}

	static SectionChapters dataPlatform() {
		return new SectionChapters("book.ch.dataPlatform",
				List.of(new Part("book.cdp.sources", PlanSections::dataSources),
						new Part("book.cdp.openness", PlanSections::dataOpenness),
						new Part("book.cdp.security", PlanSections::dataSecurity),
						new Part("book.cdp.sharing", PlanSections::dataSharing)));
	}

	static SectionChapters management() {
		return new SectionChapters("book.ch.management",
				List.of(new Part("book.mgmt.body", PlanSections::governanceBody),
						new Part("book.mgmt.roles", PlanSections::roles),
						new Part("book.mgmt.financing", PlanSections::financing),
						new Part("book.mgmt.monitoring", PlanSections::monitoring)));
	}

	@Override
	public void write(DocumentModel.Builder book, BookParts parts) {
		book.heading(1, parts.t(titleKey));
		PlanSections sections = parts.input().plan().sections();
		for (Part part : this.parts) {
			if (!part.titleKey().isEmpty()) {
				book.heading(2, parts.t(part.titleKey()));
			}
			parts.text(book, part.text().apply(sections));
		}
	}
}
