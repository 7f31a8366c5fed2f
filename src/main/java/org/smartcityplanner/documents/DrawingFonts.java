package org.smartcityplanner.documents;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The font to draw Thai text with in pictures made on the server (maps, charts): the first installed of
 * TH SarabunPSK, TH Sarabun New, Laksaman (fonts-thai-tlwg) and Sarabun, else the JVM's sans-serif.
 */
public final class DrawingFonts {

	private static final List<String> THAI = List.of(PageSetup.TH_SARABUN_PSK, PageSetup.TH_SARABUN_NEW, "Laksaman",
			"Sarabun");

	private static volatile String family;

	private DrawingFonts() {
	}

	/** The font family name to draw Thai with. */
	public static String thaiFamily() {
		if (family == null) {
			String found = Font.SANS_SERIF;
			try {
				Set<String> installed = Set.copyOf(
						Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
				found = THAI.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
			}
			catch (RuntimeException | Error ex) {
				// headless JVM without fontconfig: the logical font still draws Latin text
			}
			family = found;
		}
		return family;
	}

	public static Font thai(int style, float size) {
		return new Font(thaiFamily(), style, 1).deriveFont(size);
	}
}
