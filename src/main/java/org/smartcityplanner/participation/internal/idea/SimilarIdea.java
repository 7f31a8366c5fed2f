package org.smartcityplanner.participation.internal.idea;

import org.smartcityplanner.participation.domain.idea.IdeaStatus;

/**
 * An idea of the province found similar to a draft.
 *
 * @param score the cosine of their weighed words (0 to 1)
 */
public record SimilarIdea(long id, String title, IdeaStatus status, double score) {
}
