package org.encompass.persistence.internal;

import org.eclipse.net4j.util.lifecycle.LifecycleUtil;

/** Net4j reports deactivation failures as return values; this turns them into exceptions. */
public final class Lifecycles {

	private Lifecycles() {
	}

	public static void deactivate(Object lifecycle) throws Exception {
		Exception failure = LifecycleUtil.deactivate(lifecycle);
		if (failure != null) {
			throw failure;
		}
	}
}
