package org.smartcityplanner.engagement.internal.workplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The template in {@code eng_wp_template_item}; every change is audited. */
@Service
class WorkPlanTemplateService implements WorkPlanTemplateUseCases {

	private static final String COLUMNS = "id, kind, parent_id, position, title_th, title_en, start_offset, due_offset, "
			+ "owner_role, production, generated_kind";

	private final JdbcClient jdbc;
	private final AuditLog audit;

	WorkPlanTemplateService(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public List<TemplateItem> items() {
		List<TemplateItem> all = jdbc.sql("select " + COLUMNS + " from eng_wp_template_item order by position, id")
			.query(WorkPlanTemplateService::row).list();
		List<TemplateItem> ordered = new ArrayList<>();
		all.stream().filter(i -> i.parentId() == null).forEach(phase -> {
			ordered.add(phase);
			all.stream().filter(i -> phase.id() == (i.parentId() == null ? -1 : i.parentId()))
				.sorted(Comparator.comparingInt(TemplateItem::position).thenComparingLong(TemplateItem::id))
				.forEach(ordered::add);
		});
		return ordered;
	}

	@Override
	@Transactional
	public TemplateItem update(long id, TemplateEdit edit) {
		TemplateItem before = item(id);
		TemplateEdit checked = edit.check(before.kind());
		jdbc.sql("""
				update eng_wp_template_item set title_th = ?, title_en = ?, start_offset = ?, due_offset = ?, owner_role = ?,
				  production = ?, generated_kind = ?, version = version + 1 where id = ?""")
			.params(checked.titleTh(), checked.titleEn(), checked.startOffset(), checked.dueOffset(), checked.ownerRole(),
					checked.production(), checked.generatedKind(), id)
			.update();
		TemplateItem after = item(id);
		audit.record(new AuditChange("work-plan-template-item", String.valueOf(id), "updated", null, before, after));
		return after;
	}

	@Override
	@Transactional
	public TemplateItem add(Long phaseId, String kind, TemplateEdit edit) {
		if (kind == null || !TemplateEdit.KINDS.contains(kind)) {
			throw new InvalidInputException("workplan.template.invalid.kind");
		}
		boolean phase = "PHASE".equals(kind);
		if (!phase && (phaseId == null || !"PHASE".equals(item(phaseId).kind()))) {
			throw new NotInProvinceException("phaseId", phaseId);
		}
		TemplateEdit checked = edit.check(kind);
		Long parent = phase ? null : phaseId;
		int position = jdbc.sql("select coalesce(max(position), 0) + 1 from eng_wp_template_item where "
				+ (phase ? "parent_id is null" : "parent_id = " + phaseId))
			.query(Integer.class).single();
		jdbc.sql("""
				insert into eng_wp_template_item (kind, parent_id, position, title_th, title_en, start_offset, due_offset,
				  owner_role, production, generated_kind, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(kind, parent, position, checked.titleTh(), checked.titleEn(), checked.startOffset(),
					checked.dueOffset(), checked.ownerRole(), checked.production(), checked.generatedKind())
			.update();
		long id = jdbc.sql("select max(id) from eng_wp_template_item").query(Long.class).single();
		TemplateItem added = item(id);
		audit.record(new AuditChange("work-plan-template-item", String.valueOf(id), "created", null, null, added));
		return added;
	}

	@Override
	@Transactional
	public void remove(long id) {
		TemplateItem before = item(id);
		jdbc.sql("delete from eng_wp_template_item where id = ?").param(id).update();
		audit.record(new AuditChange("work-plan-template-item", String.valueOf(id), "deleted", null, before, null));
	}

	private TemplateItem item(long id) {
		return jdbc.sql("select " + COLUMNS + " from eng_wp_template_item where id = ?").param(id)
			.query(WorkPlanTemplateService::row).optional().orElseThrow(() -> new NotInProvinceException("itemId", id));
	}

	private static TemplateItem row(ResultSet rs, int n) throws SQLException {
		return new TemplateItem(rs.getLong("id"), rs.getString("kind"), rs.getObject("parent_id", Long.class),
				rs.getInt("position"), rs.getString("title_th"), rs.getString("title_en"),
				rs.getObject("start_offset", Integer.class), rs.getInt("due_offset"), rs.getString("owner_role"),
				rs.getString("production"), rs.getString("generated_kind"));
	}
}
