/**
 * Accounts, roles, province membership, sign-in, API tokens and the rule that a user only ever reaches the
 * provinces they belong to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "reference", "audit", "demo :: spi" })
package org.smartcityplanner.identity;
