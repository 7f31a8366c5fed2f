package org.smartcityplanner.documents;

import java.util.List;
import java.util.Objects;

/**
 * Paper, margins and fonts. {@link #official()} follows the common practice of the Regulation on Official
 * Correspondence (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ) for plans and reports: A4, top 2.5 cm, left 3 cm,
 * right and bottom 2 cm, TH SarabunPSK 16 pt body, headings 20/18/16 pt bold.
 *
 * @param marginTopCm      top margin
 * @param marginBottomCm   bottom margin
 * @param marginLeftCm     left (binding) margin
 * @param marginRightCm    right margin
 * @param fontFamily       the font named in DOCX files, as installed on Thai government PCs
 * @param bodySizePt       body text size
 * @param headingSizesPt   sizes of heading levels 1 to 3
 * @param tableSizePt      size of text in tables
 */
public record PageSetup(double marginTopCm, double marginBottomCm, double marginLeftCm, double marginRightCm,
		String fontFamily, int bodySizePt, List<Integer> headingSizesPt, int tableSizePt) {

	/** TH SarabunPSK, the font of the 2553 Cabinet resolution, installed on government PCs. */
	public static final String TH_SARABUN_PSK = "TH SarabunPSK";

	/** TH Sarabun New, the newer release of the same design. */
	public static final String TH_SARABUN_NEW = "TH Sarabun New";

	/** A4 width in centimetres. */
	public static final double A4_WIDTH_CM = 21.0;

	/** A4 height in centimetres. */
	public static final double A4_HEIGHT_CM = 29.7;

	public PageSetup {
		Objects.requireNonNull(fontFamily, "fontFamily");
		headingSizesPt = List.copyOf(headingSizesPt);
		if (headingSizesPt.size() != 3) {
			throw new IllegalArgumentException("three heading sizes are needed");
		}
		for (double margin : new double[] { marginTopCm, marginBottomCm, marginLeftCm, marginRightCm }) {
			if (margin < 0.5 || margin > 6) {
				throw new IllegalArgumentException("margins must be 0.5-6 cm");
			}
		}
	}

	/** The official layout for plans and reports. */
	public static PageSetup official() {
		return new PageSetup(2.5, 2.0, 3.0, 2.0, TH_SARABUN_PSK, 16, List.of(20, 18, 16), 14);
	}

	/** The same layout with another font family (e.g. {@link #TH_SARABUN_NEW}). */
	public PageSetup withFont(String family) {
		return new PageSetup(marginTopCm, marginBottomCm, marginLeftCm, marginRightCm, family, bodySizePt,
				headingSizesPt, tableSizePt);
	}

	/** Size of a heading level (1 to 3). */
	public int headingSize(int level) {
		return headingSizesPt.get(level - 1);
	}

	/** Width available for text on a page of this orientation, in centimetres. */
	public double textWidthCm(Orientation orientation) {
		double paper = orientation == Orientation.LANDSCAPE ? A4_HEIGHT_CM : A4_WIDTH_CM;
		return paper - marginLeftCm - marginRightCm;
	}
}
