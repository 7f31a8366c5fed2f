package org.smartcityplanner.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.shared.UploadedFileType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Material files in {@code trn_material_file}; every change is audited (without the bytes). */
@Service
class MaterialFileService implements MaterialFileUseCases {

	private static final String COLUMNS = "id, topic_code, title, file_name, content_type, size_bytes, uploaded_by, uploaded_at";

	private final JdbcClient jdbc;
	private final CurriculumUseCases curriculum;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final Clock clock;
	private final long maxBytes;

	MaterialFileService(JdbcClient jdbc, CurriculumUseCases curriculum, AuditLog audit, IdentityApi identity,
			Clock clock, @Value("${scp.training.material.max-bytes:20971520}") long maxBytes) {
		this.jdbc = jdbc;
		this.curriculum = curriculum;
		this.audit = audit;
		this.identity = identity;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	@Override
	public Map<String, MaterialFile> attachedFiles() {
		return jdbc.sql("select " + COLUMNS + " from trn_material_file").query(MaterialFileService::row).list()
			.stream().collect(Collectors.toMap(f -> MaterialFile.key(f.topicCode(), f.title()), Function.identity()));
	}

	@Override
	public List<MaterialFile> filesOf(String topicCode) {
		return jdbc.sql("select " + COLUMNS + " from trn_material_file where topic_code = ? order by title")
			.param(topicCode).query(MaterialFileService::row).list();
	}

	@Override
	public Optional<Content> content(long fileId) {
		return jdbc.sql("select " + COLUMNS + ", content from trn_material_file where id = ?").param(fileId)
			.query((rs, n) -> new Content(row(rs, n), rs.getBytes("content"))).optional();
	}

	@Override
	public boolean topicHasMaterial(String topicCode, String title) {
		return curriculum.current().topic(topicCode)
			.map(topic -> topic.materials().stream().anyMatch(m -> m.title().equals(title))).orElse(false);
	}

	@Override
	@Transactional
	public MaterialFile attach(String topicCode, String title, String originalFileName, byte[] content) {
		if (curriculum.current().topic(topicCode).isEmpty()) {
			throw new InvalidInputException("training.topic.unknown", topicCode);
		}
		String material = title == null ? "" : title.strip();
		if (!topicHasMaterial(topicCode, material)) {
			throw new InvalidInputException("training.material.file.unknownTitle", material);
		}
		UploadedFileType type = check(content);
		Optional<MaterialFile> old = jdbc.sql("select " + COLUMNS + " from trn_material_file where topic_code = ? and title = ?")
			.params(topicCode, material).query(MaterialFileService::row).optional();
		if (old.isPresent()) {
			return store(old.get(), type, originalFileName, content);
		}
		jdbc.sql("""
				insert into trn_material_file (topic_code, title, file_name, content_type, size_bytes, content,
				  uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(topicCode, material, type.safeFileName(originalFileName, "material"), type.contentType(), content.length, content,
					identity.actorName(), Utc.of(clock.instant()))
			.update();
		MaterialFile added = jdbc.sql("select " + COLUMNS + " from trn_material_file where topic_code = ? and title = ?")
			.params(topicCode, material).query(MaterialFileService::row).single();
		audit.record(new AuditChange("training-material-file", String.valueOf(added.id()), "created", null, null, added));
		return added;
	}

	@Override
	@Transactional
	public MaterialFile replace(String topicCode, long fileId, String originalFileName, byte[] content) {
		MaterialFile old = ofTopic(topicCode, fileId);
		return store(old, check(content), originalFileName, content);
	}

	@Override
	@Transactional
	public void remove(String topicCode, long fileId) {
		MaterialFile old = ofTopic(topicCode, fileId);
		jdbc.sql("delete from trn_material_file where id = ?").param(fileId).update();
		audit.record(new AuditChange("training-material-file", String.valueOf(fileId), "deleted", null, old, null));
	}

	private MaterialFile store(MaterialFile old, UploadedFileType type, String originalFileName, byte[] content) {
		jdbc.sql("""
				update trn_material_file set file_name = ?, content_type = ?, size_bytes = ?, content = ?, uploaded_by = ?,
				  uploaded_at = ? where id = ?""")
			.params(type.safeFileName(originalFileName, "material"), type.contentType(), content.length, content,
					identity.actorName(), Utc.of(clock.instant()), old.id())
			.update();
		MaterialFile replaced = content(old.id()).orElseThrow().file();
		audit.record(new AuditChange("training-material-file", String.valueOf(old.id()), "replaced", null, old, replaced));
		return replaced;
	}

	private UploadedFileType check(byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("training.material.file.empty");
		}
		if (content.length > maxBytes) {
			throw new InvalidInputException("training.material.file.tooLarge", maxBytes / (1024 * 1024));
		}
		return UploadedFileType.of(content)
			.orElseThrow(() -> new InvalidInputException("training.material.file.wrongType"));
	}

	/** A file of the topic; an id of another topic, or of nothing, is refused naming the field. */
	private MaterialFile ofTopic(String topicCode, long fileId) {
		return content(fileId).map(Content::file).filter(f -> f.topicCode().equals(topicCode))
			.orElseThrow(() -> new NotInProvinceException("fileId", fileId));
	}

	private static MaterialFile row(ResultSet rs, int n) throws SQLException {
		return new MaterialFile(rs.getLong("id"), rs.getString("topic_code"), rs.getString("title"),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}
}
