package org.smartcityplanner.training.internal;

import java.util.List;
import java.util.Optional;
import org.smartcityplanner.training.Curriculum;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.TopicDraft;

/**
 * The Smart City curriculum and its versions. The first version, with the six topics the programme requires, is
 * created by the module's migration data on first start.
 */
public interface CurriculumUseCases {

	/** The newest version. */
	Curriculum current();

	/** One version by id. */
	Optional<Curriculum> curriculum(long id);

	/** Every version, newest first (topics included). */
	List<Curriculum> versions();

	/** Problems of a topic draft, empty when it may be saved. */
	List<FieldProblem> check(TopicDraft draft);

	/**
	 * Makes the next version with one topic changed.
	 *
	 * @param basedOnVersionNo the version the admin edited; when it is no longer the newest, nothing is saved
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone made a newer version first
	 * @throws org.smartcityplanner.shared.InvalidInputException when the draft has problems or the topic is unknown
	 */
	Curriculum reviseTopic(int basedOnVersionNo, String topicCode, TopicDraft draft, String note);
}
