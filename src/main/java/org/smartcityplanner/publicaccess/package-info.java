/**
 * What pages without an account share, in one implementation that training and participation both use: the
 * guard of public forms (honeypot, signed timing stamp, a rate limit counted in the database), signed links
 * and QR codes for attendance check-in, and PDPA consent for people outside the institute (purpose, consent
 * text version, time, withdrawal, a personal link for export and erasure, a retention period).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.smartcityplanner.publicaccess;
