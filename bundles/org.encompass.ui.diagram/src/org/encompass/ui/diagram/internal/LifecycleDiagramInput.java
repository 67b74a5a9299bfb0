package org.encompass.ui.diagram.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** What a lifecycle diagram shows: every clone of the repository, or only those of one master. */
public final class LifecycleDiagramInput implements IEditorInput {
    private final String master;

    public LifecycleDiagramInput(String master) {
        this.master = master;
    }

    /** The master whose clones are shown, or null for all. */
    public String master() {
        return master;
    }

    @Override
    public String getName() {
        return master == null ? DiagramMessages.editorTitle : NLS.bind(DiagramMessages.editorTitleMaster, master);
    }

    @Override
    public String getToolTipText() {
        return DiagramMessages.editorTooltip;
    }

    @Override
    public boolean exists() {
        return false; // not offered in the list of recently opened editors
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    /** One diagram per master (and one for all): opening it again brings the open one to the front. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LifecycleDiagramInput input && Objects.equals(master, input.master);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(master);
    }
}
