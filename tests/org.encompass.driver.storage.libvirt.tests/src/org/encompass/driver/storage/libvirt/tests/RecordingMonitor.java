package org.encompass.driver.storage.libvirt.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;

/** A progress monitor that remembers the progress texts it was shown and can cancel itself after a while. */
class RecordingMonitor extends NullProgressMonitor {
    private final int cancelAtCheck;
    private final AtomicInteger checks = new AtomicInteger();
    final List<String> subTasks = new CopyOnWriteArrayList<>();

    /** Never cancels. */
    RecordingMonitor() {
        this(Integer.MAX_VALUE);
    }

    /** Reports cancelled from the {@code cancelAtCheck}-th call of {@link #isCanceled()} on (1 = at once). */
    RecordingMonitor(int cancelAtCheck) {
        this.cancelAtCheck = cancelAtCheck;
    }

    @Override
    public void subTask(String name) {
        subTasks.add(name);
    }

    @Override
    public boolean isCanceled() {
        return super.isCanceled() || checks.incrementAndGet() >= cancelAtCheck;
    }
}
