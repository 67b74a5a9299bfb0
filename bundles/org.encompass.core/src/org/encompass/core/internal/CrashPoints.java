package org.encompass.core.internal;

/**
 * Named points inside operations where a crash test kills the process. A process started with the system
 * property {@value #PROPERTY} set to a point's name prints {@code encompass: paused at NAME (pid N)} on
 * standard error when it reaches that point and then waits for ever, so that the test can kill it there
 * (SIGKILL) and check what a restart recovers. Without the property a point costs one property lookup.
 */
public final class CrashPoints {
    public static final String PROPERTY = "encompass.test.pauseAt";
    /** With this property too, the point pauses that many milliseconds and goes on (a slow operation to race with). */
    public static final String MILLIS_PROPERTY = "encompass.test.pauseMillis";

    private CrashPoints() {
    }

    public static void reach(String point) {
        if (!point.equals(System.getProperty(PROPERTY))) {
            return;
        }
        System.err.println("encompass: paused at " + point + " (pid " + ProcessHandle.current().pid() + ")");
        System.err.flush();
        String millis = System.getProperty(MILLIS_PROPERTY);
        if (millis != null) {
            try {
                Thread.sleep(Long.parseLong(millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.err.println("encompass: resumed at " + point);
            System.err.flush();
            return;
        }
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // only a kill ends the wait
            }
        }
    }
}
