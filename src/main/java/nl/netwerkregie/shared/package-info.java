/**
 * What every feature uses: the clock, domain errors, translations, formatting, CSV, mail, documents, the task
 * list and the main layout with its login view. An open module: features may use its sub-packages.
 * It depends on {@code security} and {@code network} only, never on a feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared")
package nl.netwerkregie.shared;

import org.springframework.modulith.ApplicationModule;
