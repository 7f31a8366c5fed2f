/**
 * What participation asks of modules it may not import: the plan items a public idea can become, offered by the
 * plan module (participation never imports the plan; the plan implements this).
 */
@org.springframework.modulith.NamedInterface("spi")
package org.smartcityplanner.participation.spi;
