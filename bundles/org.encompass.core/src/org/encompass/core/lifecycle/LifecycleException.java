package org.encompass.core.lifecycle;

import org.encompass.core.EncompassException;

/** An operation the lifecycle does not allow in the clone's current state. */
public class LifecycleException extends EncompassException {
    private static final long serialVersionUID = 1L;

    public LifecycleException(String message) {
        super(message);
    }
}
