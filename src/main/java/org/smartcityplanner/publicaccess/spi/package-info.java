/**
 * What a module implements to keep personal data under publicaccess's consent: export and erasure of its records.
 */
@org.springframework.modulith.NamedInterface("spi")
package org.smartcityplanner.publicaccess.spi;
