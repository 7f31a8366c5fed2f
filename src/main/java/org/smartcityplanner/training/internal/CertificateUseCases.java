package org.smartcityplanner.training.internal;

import java.util.Optional;
import org.smartcityplanner.training.Certificate;

/**
 * Certificates: issued once to an eligible trainee (a second request returns the same code), verified publicly by
 * code showing only the holder's name and the course.
 */
public interface CertificateUseCases {

	/**
	 * The trainee's certificate, issuing it on first request.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the link is unknown or the trainee is not
	 *         (yet) eligible; the message says why
	 */
	Certificate certificateFor(String accessToken);

	/** The certificate with this code (case and spaces ignored), if one exists. */
	Optional<Certificate> verify(String code);
}
