package org.smartcityplanner.monitoring.internal.kpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.monitoring.domain.kpi.FieldRefused;
import org.smartcityplanner.monitoring.domain.kpi.ImportColumns;
import org.smartcityplanner.monitoring.domain.kpi.RowError;
import org.smartcityplanner.monitoring.domain.kpi.ValueReport;
import org.smartcityplanner.monitoring.domain.kpi.ValueStatus;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk update of an owner's KPIs from the template: every row is checked first, by the same rules as the form
 * (open period, a KPI the user owns, the unit, source, note); when any row is wrong nothing is saved and each error
 * names its row and column. Otherwise all rows are submitted in one transaction.
 */
@Service
public class KpiImportService {

	private final FollowUpQueries queries;
	private final ValueService values;
	private final IdentityApi identity;
	private final AuditLog audit;

	KpiImportService(FollowUpQueries queries, ValueService values, IdentityApi identity, AuditLog audit) {
		this.queries = queries;
		this.values = values;
		this.identity = identity;
		this.audit = audit;
	}

	/** The signed-in owner's due updates the template lists: those not approved yet. */
	public List<DueUpdate> templateRows(ProvinceCode province) {
		return queries.dueUpdates(province, user().id()).stream()
			.filter(due -> due.value() == null || due.value().status() != ValueStatus.APPROVED).toList();
	}

	/** @throws InvalidInputException when the file itself is unusable (type, size, header, no rows) */
	@Transactional
	public ImportResult importFile(ProvinceCode province, String fileName, byte[] content) {
		List<List<String>> rows = KpiSheetReader.read(fileName, content);
		if (rows.isEmpty()) {
			throw new InvalidInputException("monitoring.kpi.import.empty");
		}
		Map<String, Integer> column = header(rows.get(0));
		Map<String, DueUpdate> due = new HashMap<>();
		queries.dueUpdates(province, user().id()).forEach(update -> due.put(
				ImportColumns.periodLabel(update.period().quarter()) + "|" + update.kpi().id(), update));
		List<RowError> errors = new ArrayList<>();
		List<Checked> checked = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		var thresholds = queries.thresholds(province);
		for (int i = 1; i < rows.size(); i++) {
			List<String> cells = rows.get(i);
			if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
				continue;
			}
			int rowNumber = i + 1;
			String period = cell(cells, column, ImportColumns.PERIOD);
			String kpiId = cell(cells, column, ImportColumns.KPI_ID);
			DueUpdate update = due.get(period + "|" + kpiId);
			if (due.keySet().stream().noneMatch(key -> key.startsWith(period + "|"))) {
				errors.add(new RowError(rowNumber, ImportColumns.PERIOD, "monitoring.kpi.import.row.period",
						List.of(period)));
				continue;
			}
			if (update == null) {
				errors.add(new RowError(rowNumber, ImportColumns.KPI_ID, "monitoring.kpi.import.row.kpi",
						List.of(kpiId)));
				continue;
			}
			if (!seen.add(period + "|" + kpiId)) {
				errors.add(new RowError(rowNumber, ImportColumns.KPI_ID, "monitoring.kpi.import.row.duplicate",
						List.of(kpiId)));
				continue;
			}
			if (update.value() != null && update.value().approved()) {
				errors.add(new RowError(rowNumber, ImportColumns.VALUE, "monitoring.kpi.rule.alreadyApproved",
						List.of()));
				continue;
			}
			try {
				ValueReport.check(update.kpi().unit(), cell(cells, column, ImportColumns.VALUE),
						cell(cells, column, ImportColumns.SOURCE), cell(cells, column, ImportColumns.NOTE),
						update.target(), update.kpi().direction(), thresholds);
				checked.add(new Checked(update, cells));
			}
			catch (FieldRefused e) {
				errors.add(new RowError(rowNumber, e.field(), e.messageKey(), e.arguments()));
			}
		}
		if (!errors.isEmpty()) {
			return new ImportResult(0, errors);
		}
		if (checked.isEmpty()) {
			throw new InvalidInputException("monitoring.kpi.import.empty");
		}
		for (Checked row : checked) {
			values.submit(province, row.update().period().id(), row.update().kpi().id(),
					cell(row.cells(), column, ImportColumns.VALUE), cell(row.cells(), column, ImportColumns.SOURCE),
					cell(row.cells(), column, ImportColumns.NOTE));
		}
		audit.record(new AuditChange("monitoring-kpi-import", province.value(), "imported", province, null,
				new Imported(fileName, checked.size())));
		return new ImportResult(checked.size(), List.of());
	}

	private static Map<String, Integer> header(List<String> cells) {
		Map<String, Integer> column = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			column.putIfAbsent(cells.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		for (String required : List.of(ImportColumns.PERIOD, ImportColumns.KPI_ID, ImportColumns.VALUE,
				ImportColumns.SOURCE, ImportColumns.NOTE)) {
			if (!column.containsKey(required)) {
				throw new InvalidInputException("monitoring.kpi.import.header", required);
			}
		}
		return column;
	}

	private static String cell(List<String> cells, Map<String, Integer> column, String name) {
		int index = column.get(name);
		return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
	}

	private CurrentUser user() {
		return identity.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	private record Checked(DueUpdate update, List<String> cells) {
	}

	/** What the audit log keeps of an import besides each submitted value. */
	record Imported(String fileName, int values) {
	}
}
