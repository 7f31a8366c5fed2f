package org.smartcityplanner.reference;

import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * One of Thailand's 77 provinces.
 *
 * @param code the ISO 3166-2:TH code
 * @param name Thai and English name
 * @param regionCode the six-region grouping code, e.g. {@code northeast}
 * @param region the region's name
 */
public record Province(ProvinceCode code, LocalizedText name, String regionCode, LocalizedText region) {
}
