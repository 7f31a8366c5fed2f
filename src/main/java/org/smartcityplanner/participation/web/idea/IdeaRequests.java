package org.smartcityplanner.participation.web.idea;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.smartcityplanner.participation.domain.idea.IdeaDraft;

/** The JSON the ideas API takes and gives beyond the records of the module's API. */
final class IdeaRequests {

	private IdeaRequests() {
	}

	@Schema(name = "IdeaRequest", description = "An idea as typed; numbers may also be sent as text")
	record NewIdea(@Schema(requiredMode = REQUIRED, maxLength = 150) String title,
			@Schema(requiredMode = REQUIRED, maxLength = 4000) String description,
			@Schema(requiredMode = REQUIRED, description = "smart dimension code", example = "ENV") String dimension,
			@Schema(description = "target area id of the province; absent for the whole province") String area,
			@Schema(description = "map point, WGS84 degrees inside Thailand; with longitude", example = "6.6238") String latitude,
			@Schema(description = "map point, WGS84 degrees inside Thailand; with latitude", example = "100.0674") String longitude,
			@Schema(requiredMode = REQUIRED, description = "made once per idea (16–64 of A-Z a-z 0-9 _ -): sending it "
					+ "again stores nothing more and answers with the idea stored before") String idempotencyKey,
			@Schema(description = "public API only, required there: the stamp from GET .../ideas/form") String stamp,
			@Schema(description = "public API only: leave empty (a field only bots fill)") String website) {

		IdeaDraft draft() {
			return new IdeaDraft(title, description, dimension, area, latitude, longitude);
		}
	}

	@Schema(name = "IdeaStored")
	record Stored(@Schema(requiredMode = REQUIRED, allowableValues = { "STORED", "ALREADY_STORED" }) String outcome,
			@Schema(requiredMode = REQUIRED) PublicIdea idea,
			@Schema(requiredMode = REQUIRED, description = "the author's personal link: only its hash is kept, "
					+ "so hand it to the author now") String personalLink) {
	}

	@Schema(name = "IdeaForm", description = "What a new idea is chosen from, with the stamp and key to send it with")
	record FormData(@Schema(requiredMode = REQUIRED, description = "whether the province takes ideas today") boolean open,
			@Schema(requiredMode = REQUIRED) String stamp, @Schema(requiredMode = REQUIRED) String idempotencyKey,
			@Schema(requiredMode = REQUIRED) List<IdeaChoices.Choice> dimensions,
			@Schema(requiredMode = REQUIRED) List<IdeaChoices.Choice> areas) {
	}

	@Schema(name = "PublicIdeaDetail")
	record Detail(@Schema(requiredMode = REQUIRED) PublicIdea idea,
			@Schema(requiredMode = REQUIRED) List<PublicIdea.Step> history) {
	}
}
