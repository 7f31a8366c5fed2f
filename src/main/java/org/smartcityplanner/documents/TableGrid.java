package org.smartcityplanner.documents;

import java.util.List;

/**
 * Lays the cells of table rows, with their column and row spans, onto a grid of slots, so every renderer
 * knows which cell starts where and which slots a merged cell covers.
 */
public final class TableGrid {

	/**
	 * One slot of the grid.
	 *
	 * @param cell      the cell covering it
	 * @param originRow the row where that cell starts
	 * @param originCol the column where that cell starts
	 */
	public record Slot(Cell cell, int originRow, int originCol) {

		/** Whether the cell starts here. */
		public boolean isOrigin(int row, int col) {
			return originRow == row && originCol == col;
		}
	}

	private TableGrid() {
	}

	/**
	 * The grid of {@code rows} over {@code columns} columns: {@code grid[row][col]}.
	 *
	 * @throws IllegalArgumentException when a row does not fill exactly the columns or a span runs out of rows
	 */
	public static Slot[][] layout(int columns, List<List<Cell>> rows) {
		Slot[][] grid = new Slot[rows.size()][columns];
		for (int r = 0; r < rows.size(); r++) {
			int c = 0;
			for (Cell cell : rows.get(r)) {
				while (c < columns && grid[r][c] != null) {
					c++;
				}
				if (c + cell.colSpan() > columns) {
					throw new IllegalArgumentException("row " + (r + 1) + " has more cells than the " + columns
							+ " columns");
				}
				if (r + cell.rowSpan() > rows.size()) {
					throw new IllegalArgumentException("a cell in row " + (r + 1) + " spans past the last row");
				}
				for (int dr = 0; dr < cell.rowSpan(); dr++) {
					for (int dc = 0; dc < cell.colSpan(); dc++) {
						if (grid[r + dr][c + dc] != null) {
							throw new IllegalArgumentException("cells overlap in row " + (r + dr + 1));
						}
						grid[r + dr][c + dc] = new Slot(cell, r, c);
					}
				}
				c += cell.colSpan();
			}
			for (int col = 0; col < columns; col++) {
				if (grid[r][col] == null) {
					throw new IllegalArgumentException("row " + (r + 1) + " fills fewer than the " + columns
							+ " columns");
				}
			}
		}
		return grid;
	}

	static void check(int columns, List<List<Cell>> rows, String part) {
		try {
			layout(columns, rows);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(part + " " + ex.getMessage(), ex);
		}
	}
}
