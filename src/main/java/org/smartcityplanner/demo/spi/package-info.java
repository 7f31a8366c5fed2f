/**
 * The contract each module implements to seed its own part of the demo province: {@link DemoSeed}. The demo module
 * only runs the seeds in order; it knows no business module.
 */
@org.springframework.modulith.NamedInterface("spi")
package org.smartcityplanner.demo.spi;
