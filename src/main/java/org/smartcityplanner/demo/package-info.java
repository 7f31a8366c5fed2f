/**
 * Fictional demo data for the default profile: runs each module's {@link org.smartcityplanner.demo.spi.DemoSeed}
 * once, in order, and prints the demo sign-ins. Never active in the prod profile. The data itself (one province
 * with two target areas, an engagement, one user of each role, a draft plan, its action plan and a training cohort of
 * 65 trainees) lives with the module that owns it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.smartcityplanner.demo;
