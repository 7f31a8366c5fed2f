package org.smartcityplanner.training.internal;

import java.util.List;
import java.util.Optional;
import org.smartcityplanner.training.CaseStudy;
import org.smartcityplanner.training.CaseStudyDraft;
import org.smartcityplanner.training.FieldProblem;

/**
 * The case-study library. Search splits Thai text into words (it has no spaces between words) and finds cases
 * containing every word of the query, best matches first.
 */
public interface CaseStudyUseCases {

	/**
	 * Cases matching the query (all cases when blank) and, when given, tagged with the dimension.
	 */
	List<CaseStudy> search(String query, String dimensionCode);

	Optional<CaseStudy> caseStudy(long id);

	/** Problems of a draft, empty when it may be saved. */
	List<FieldProblem> check(CaseStudyDraft draft);

	/**
	 * Adds a case and indexes its words.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the draft has problems
	 */
	CaseStudy add(CaseStudyDraft draft);
}
