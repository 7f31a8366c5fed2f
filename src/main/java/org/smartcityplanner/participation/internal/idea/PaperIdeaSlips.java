package org.smartcityplanner.participation.internal.idea;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.internal.eligibility.CodeSheets;
import org.smartcityplanner.publication.Publisher;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Printable slips for the authors of paper ideas ({@link PaperSlipDocument}), made from the personal link's secret
 * while staff still hold it (only its hash is stored): the link printed is the configured public address
 * ({@code scp.public-base-url}), never the host staff reach the application through.
 */
@Component
public class PaperIdeaSlips {

	private final IdeaApi ideas;
	private final Publisher publisher;
	private final ReferenceApi reference;
	private final CodeSheets addresses;
	private final MessageSource messages;
	private final Clock clock;

	PaperIdeaSlips(IdeaApi ideas, Publisher publisher, ReferenceApi reference, CodeSheets addresses,
			MessageSource messages, Clock clock) {
		this.ideas = ideas;
		this.publisher = publisher;
		this.reference = reference;
		this.addresses = addresses;
		this.messages = messages;
		this.clock = clock;
	}

	/** The public personal link of the author holding {@code secret}. */
	public String link(ProvinceCode province, String secret) {
		return addresses.publicAddress("/public/" + province.value() + "/ideas/mine/" + secret);
	}

	/**
	 * The slip as a PDF, or empty when the secret is no idea's of the province.
	 *
	 * @param language Thai, or English for {@link Locale#ENGLISH}
	 * @throws org.smartcityplanner.publication.PdfNotAvailableException when this node cannot make PDFs
	 */
	public Optional<byte[]> pdf(ProvinceCode province, String secret, Locale language) {
		Locale slip = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.ENGLISH
				: org.smartcityplanner.publication.Publication.THAI;
		return ideas.findByAuthorSecret(province, secret).map(idea -> {
			String provinceName = reference.province(province).map(p -> p.name().in(slip)).orElse(province.value());
			return publisher.pdf(PaperSlipDocument.of(idea, provinceName, link(province, secret), slip, clock.instant(),
					(key, args) -> messages.getMessage(key, args, slip)));
		});
	}
}
