package org.smartcityplanner.participation.domain.opinion;

/**
 * One participant's vote on one statement.
 *
 * @param participant who voted (a participant key; never shown)
 * @param statementId the statement
 * @param value agree, disagree or pass
 */
public record Vote(String participant, long statementId, VoteValue value) {
}
