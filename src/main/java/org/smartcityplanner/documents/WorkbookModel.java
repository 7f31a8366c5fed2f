package org.smartcityplanner.documents;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A workbook independent of the file format: sheets of tables, numbers kept as numbers, live formulas.
 *
 * @param info   title, language, Thai numerals (shown through the cells' number formats) and file properties
 * @param font   the font named in the file (e.g. {@link PageSetup#TH_SARABUN_PSK})
 * @param sheets the sheets, in tab order
 */
public record WorkbookModel(DocumentInfo info, String font, List<SheetModel> sheets) {

	public WorkbookModel {
		Objects.requireNonNull(info, "info");
		font = font == null || font.isBlank() ? PageSetup.TH_SARABUN_PSK : font;
		sheets = List.copyOf(sheets);
		if (sheets.isEmpty()) {
			throw new IllegalArgumentException("a workbook needs a sheet");
		}
		Set<String> names = new HashSet<>();
		for (SheetModel sheet : sheets) {
			if (!names.add(sheet.name().toLowerCase(java.util.Locale.ROOT))) {
				throw new IllegalArgumentException("two sheets are named " + sheet.name());
			}
		}
	}

	/** Every table of a document, one sheet each (named by caption or number), e.g. a book's appendix tables. */
	public static WorkbookModel ofTables(DocumentModel document) {
		List<Table> tables = document.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
			.toList();
		Set<String> used = new HashSet<>();
		List<SheetModel> sheets = new java.util.ArrayList<>();
		for (int i = 0; i < tables.size(); i++) {
			Table table = tables.get(i);
			String base = SheetModel.safeName((i + 1) + " " + table.caption());
			String name = base;
			for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
				String suffix = " (" + n + ")";
				name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
			}
			sheets.add(new SheetModel(name, List.of(table.caption()), table, Orientation.LANDSCAPE));
		}
		return new WorkbookModel(document.info(), document.page().fontFamily(), sheets);
	}
}
