package org.smartcityplanner.actionplan.internal.solver;

import com.google.ortools.Loader;

/** Loads OR-Tools' native libraries once per JVM (they unpack from the jar into a temporary folder). */
final class OrToolsNatives {

	private static volatile boolean loaded;

	private OrToolsNatives() {
	}

	static void load() {
		if (!loaded) {
			synchronized (OrToolsNatives.class) {
				if (!loaded) {
					Loader.loadNativeLibraries();
					loaded = true;
				}
			}
		}
	}
}
