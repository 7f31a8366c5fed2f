package org.smartcityplanner.participation.web.opinion;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.smartcityplanner.participation.internal.opinion.Conversation;
import org.smartcityplanner.participation.internal.opinion.Statement;

/** The opinion map's request and response bodies over the API. */
final class OpinionRequests {

	private OpinionRequests() {
	}

	@Schema(name = "OpinionConversationRequest", description = "Opens a conversation")
	record NewConversation(@Schema(requiredMode = REQUIRED, maxLength = 200) String topic,
			@Schema(requiredMode = NOT_REQUIRED, maxLength = 2000) String description,
			@Schema(requiredMode = NOT_REQUIRED, description = "Whether participants may propose statements (shown "
					+ "after moderation); false when absent") Boolean citizenStatements) {
	}

	@Schema(name = "OpinionStatementRequest", description = "A statement: 1–140 characters")
	record NewStatement(@Schema(requiredMode = REQUIRED, maxLength = 140) String text) {
	}

	@Schema(name = "OpinionModerationRequest")
	record Moderation(@Schema(requiredMode = REQUIRED, allowableValues = { "show", "reject" }) String decision) {
	}

	@Schema(name = "OpinionStateRequest", description = "Opens or closes the conversation, publishes or withdraws its map")
	record State(@Schema(requiredMode = REQUIRED, description = "The conversation's version as read") Integer version,
			@Schema(requiredMode = NOT_REQUIRED, description = "true takes votes, false refuses them") Boolean open,
			@Schema(requiredMode = NOT_REQUIRED, description = "true shows the map to the public") Boolean resultsPublic) {
	}

	@Schema(name = "OpinionVoteRequest")
	record NewVote(@Schema(requiredMode = REQUIRED) Long statementId,
			@Schema(requiredMode = REQUIRED, allowableValues = { "agree", "disagree", "pass" }) String vote) {
	}

	@Schema(name = "OpinionCitizenStatementRequest", description = "A participant's statement, shown after moderation")
	record CitizenStatement(@Schema(requiredMode = REQUIRED, maxLength = 140) String text,
			@Schema(requiredMode = REQUIRED, description = "16–64 of A-Z a-z 0-9 _ -; the same key stores once")
			String idempotencyKey,
			@Schema(requiredMode = REQUIRED, description = "From .../opinions/{id}: the form's stamp") String stamp,
			@Schema(requiredMode = NOT_REQUIRED, description = "Leave empty") String website) {
	}

	@Schema(name = "OpinionConversation")
	record ConversationBody(@Schema(requiredMode = REQUIRED) long id, @Schema(requiredMode = REQUIRED) String topic,
			@Schema(requiredMode = REQUIRED) String description,
			@Schema(requiredMode = REQUIRED) boolean citizenStatements, @Schema(requiredMode = REQUIRED) boolean open,
			@Schema(requiredMode = REQUIRED) boolean takesVotes, @Schema(requiredMode = REQUIRED) boolean resultsPublic,
			@Schema(requiredMode = REQUIRED) Instant createdAt, @Schema(requiredMode = REQUIRED) int version,
			@Schema(requiredMode = REQUIRED) List<StatementBody> statements) {

		static ConversationBody of(Conversation c, boolean takesVotes, List<Statement> statements) {
			return new ConversationBody(c.id(), c.topic(), c.description(), c.citizenStatements(), c.open(),
					takesVotes, c.resultsPublic(), c.createdAt(), c.version(),
					statements.stream().map(StatementBody::of).toList());
		}
	}

	@Schema(name = "OpinionStatement")
	record StatementBody(@Schema(requiredMode = REQUIRED) long id, @Schema(requiredMode = REQUIRED) String text,
			@Schema(requiredMode = REQUIRED) boolean byCitizen,
			@Schema(requiredMode = REQUIRED, allowableValues = { "PENDING", "SHOWN", "REJECTED" }) String status) {

		static StatementBody of(Statement s) {
			return new StatementBody(s.id(), s.text(), s.byCitizen(), s.status().name());
		}
	}

	@Schema(name = "OpinionOutcome")
	record Outcome(@Schema(requiredMode = REQUIRED, allowableValues = { "STORED", "ALREADY_STORED" }) String outcome) {
	}
}
