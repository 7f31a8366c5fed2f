package org.smartcityplanner.documents.internal;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XNameAccess;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.style.NumberingType;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.text.XTextFieldsSupplier;
import com.sun.star.uno.UnoRuntime;
import org.jodconverter.core.office.OfficeContext;
import org.jodconverter.local.filter.Filter;
import org.jodconverter.local.filter.FilterChain;

/**
 * Prints page numbers in Thai numerals in documents that ask for them (user property
 * {@value #PROPERTY}): LibreOffice reads neither Word's {@code thaiNumbers} page format nor the
 * {@code \* ThaiArabic} field switch as Thai digits, so the page styles and page-number fields are switched to
 * native numbering (the digits of the text's language, Thai) before the PDF is made.
 */
final class ThaiPageNumbersFilter implements Filter {

	/** The DOCX custom property that asks for Thai numerals. */
	static final String PROPERTY = "thai-numerals";

	@Override
	public void doFilter(OfficeContext context, XComponent document, FilterChain chain) throws Exception {
		if (asksForThaiNumerals(document)) {
			XStyleFamiliesSupplier families = UnoRuntime.queryInterface(XStyleFamiliesSupplier.class, document);
			if (families != null) {
				XNameAccess pageStyles = UnoRuntime.queryInterface(XNameAccess.class,
						families.getStyleFamilies().getByName("PageStyles"));
				for (String name : pageStyles.getElementNames()) {
					XPropertySet style = UnoRuntime.queryInterface(XPropertySet.class, pageStyles.getByName(name));
					// the front matter keeps its own series (ก ข ค); only Arabic page numbers become Thai digits
					if (Short.valueOf(NumberingType.ARABIC).equals(style.getPropertyValue("NumberingType"))) {
						style.setPropertyValue("NumberingType", NumberingType.NATIVE_NUMBERING);
					}
				}
			}
			XTextFieldsSupplier fields = UnoRuntime.queryInterface(XTextFieldsSupplier.class, document);
			if (fields != null) {
				XEnumeration all = fields.getTextFields().createEnumeration();
				while (all.hasMoreElements()) {
					Object field = all.nextElement();
					XServiceInfo info = UnoRuntime.queryInterface(XServiceInfo.class, field);
					if (info != null && info.supportsService("com.sun.star.text.TextField.PageNumber")) {
						UnoRuntime.queryInterface(XPropertySet.class, field).setPropertyValue("NumberingType",
								NumberingType.NATIVE_NUMBERING);
					}
				}
			}
		}
		chain.doFilter(context, document);
	}

	/**
	 * Puts the page numbers of the (already refreshed) table of contents in Thai numerals: everything else the
	 * engine wrote is in Thai numerals already, so every remaining digit of the text is one of them.
	 */
	static final class TableOfContentsDigits implements Filter {

		@Override
		public void doFilter(OfficeContext context, XComponent document, FilterChain chain) throws Exception {
			if (asksForThaiNumerals(document)) {
				var indexes = UnoRuntime.queryInterface(com.sun.star.text.XDocumentIndexesSupplier.class, document);
				if (indexes != null) {
					var all = indexes.getDocumentIndexes();
					for (int i = 0; i < all.getCount(); i++) {
						XPropertySet index = UnoRuntime.queryInterface(XPropertySet.class, all.getByIndex(i));
						index.setPropertyValue("IsProtected", Boolean.FALSE);
					}
				}
				var replaceable = UnoRuntime.queryInterface(com.sun.star.util.XReplaceable.class, document);
				for (char digit = '0'; digit <= '9'; digit++) {
					var replace = replaceable.createReplaceDescriptor();
					replace.setSearchString(String.valueOf(digit));
					replace.setReplaceString(String.valueOf((char) ('\u0E50' + (digit - '0'))));
					replaceable.replaceAll(replace);
				}
			}
			chain.doFilter(context, document);
		}
	}

	private static boolean asksForThaiNumerals(XComponent document) {
		XDocumentPropertiesSupplier supplier = UnoRuntime.queryInterface(XDocumentPropertiesSupplier.class, document);
		if (supplier == null) {
			return false;
		}
		XPropertySet user = UnoRuntime.queryInterface(XPropertySet.class,
				supplier.getDocumentProperties().getUserDefinedProperties());
		try {
			return "true".equals(String.valueOf(user.getPropertyValue(PROPERTY)));
		}
		catch (com.sun.star.beans.UnknownPropertyException | com.sun.star.lang.WrappedTargetException absent) {
			return false;
		}
	}
}
