package org.smartcityplanner.engagement.internal.workplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.shared.UploadedFileType;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.Utc;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deliverable files in {@code eng_deliverable_file}, in the database as the training materials' files are, every
 * version kept. A file is checked by its content (magic bytes, the parts inside Office zips) and its size before
 * anything is stored.
 */
@Component
class DeliverableFiles {

	private static final String COLUMNS = "id, work_item_id, version_no, file_name, content_type, size_bytes, uploaded_by, "
			+ "uploaded_at";

	private final JdbcClient jdbc;
	private final IdentityApi identity;
	private final Clock clock;
	private final long maxBytes;

	DeliverableFiles(JdbcClient jdbc, IdentityApi identity, Clock clock,
			@Value("${scp.engagement.deliverable.max-bytes:20971520}") long maxBytes) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	DeliverableFile add(long workItemId, long uploaderId, String originalFileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("workplan.file.empty");
		}
		if (content.length > maxBytes) {
			throw new InvalidInputException("workplan.file.tooLarge", maxBytes / (1024 * 1024));
		}
		UploadedFileType type = UploadedFileType.of(content)
			.orElseThrow(() -> new InvalidInputException("workplan.file.wrongType"));
		int version = jdbc.sql("select coalesce(max(version_no), 0) + 1 from eng_deliverable_file where work_item_id = ?")
			.param(workItemId).query(Integer.class).single();
		String uploader = identity.user(uploaderId).map(UserSummary::username).orElse(identity.actorName());
		jdbc.sql("""
				insert into eng_deliverable_file (work_item_id, version_no, file_name, content_type, size_bytes, content,
				  uploaded_by_user_id, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(workItemId, version, type.safeFileName(originalFileName, "deliverable"), type.contentType(), content.length, content,
					uploaderId, uploader, Utc.of(clock.instant()))
			.update();
		return jdbc.sql("select " + COLUMNS + " from eng_deliverable_file where work_item_id = ? and version_no = ?")
			.params(workItemId, version).query(DeliverableFiles::row).single();
	}

	List<DeliverableFile> of(long workItemId) {
		return jdbc.sql("select " + COLUMNS + " from eng_deliverable_file where work_item_id = ? order by version_no desc")
			.param(workItemId).query(DeliverableFiles::row).list();
	}

	int count(long workItemId) {
		return jdbc.sql("select count(*) from eng_deliverable_file where work_item_id = ?").param(workItemId)
			.query(Integer.class).single();
	}

	Optional<DeliverableFile.Content> content(long fileId) {
		return jdbc.sql("select " + COLUMNS + ", content from eng_deliverable_file where id = ?").param(fileId)
			.query((rs, n) -> new DeliverableFile.Content(row(rs, n), rs.getBytes("content"))).optional();
	}

	private static DeliverableFile row(ResultSet rs, int n) throws SQLException {
		return new DeliverableFile(rs.getLong("id"), rs.getLong("work_item_id"), rs.getInt("version_no"),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}
}
