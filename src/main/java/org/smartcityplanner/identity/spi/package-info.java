/**
 * Where other modules plug into identity, e.g. to grant consultants the provinces of their engagements.
 */
@org.springframework.modulith.NamedInterface("spi")
package org.smartcityplanner.identity.spi;
