/**
 * Value types used by every module: province codes, two-language text, fiscal years.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.smartcityplanner.shared;
