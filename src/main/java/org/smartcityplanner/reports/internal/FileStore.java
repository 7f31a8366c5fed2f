package org.smartcityplanner.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Generated files in table {@code rpt_file}: in the database, so any node serves any file. */
@Component
class FileStore {

	private static final String COLUMNS = """
			id, job_id, province_code, kind, format, language, plan_version_id, plan_version_name, input_hash,
			file_name, size_bytes, created_by, created_at""";

	private final JdbcClient jdbc;

	FileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(GeneratedFile file, String contentType, byte[] content) {
		jdbc.sql("insert into rpt_file (" + COLUMNS + ", content_type, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(file.id(), file.jobId(), file.province().value(), file.kind().name(), file.format(), file.language(),
					file.planVersionId(), file.planVersionName(), file.inputHash(), file.fileName(), file.sizeBytes(),
					file.createdBy(), Utc.of(file.createdAt()), contentType, content)
			.update();
	}

	List<GeneratedFile> ofProvince(ProvinceCode province) {
		return jdbc.sql("select " + COLUMNS + " from rpt_file where province_code = ? order by created_at desc, format")
			.param(province.value()).query((rs, n) -> file(rs)).list();
	}

	Optional<FileDownload> find(ProvinceCode province, String id) {
		return jdbc.sql("select " + COLUMNS + ", content_type, content from rpt_file where id = ? and province_code = ?")
			.params(id, province.value())
			.query((rs, n) -> new FileDownload(file(rs), rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	private static GeneratedFile file(ResultSet rs) throws SQLException {
		return new GeneratedFile(rs.getString("id"), rs.getString("job_id"),
				ProvinceCode.of(rs.getString("province_code")), ReportKind.valueOf(rs.getString("kind")),
				rs.getString("format"), rs.getString("language"), rs.getLong("plan_version_id"),
				rs.getString("plan_version_name"), rs.getString("input_hash"), rs.getString("file_name"),
				rs.getLong("size_bytes"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}
}
