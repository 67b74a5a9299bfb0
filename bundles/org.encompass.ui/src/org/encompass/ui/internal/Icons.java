package org.encompass.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.encompass.model.Blade;
import org.encompass.model.Chassis;
import org.encompass.model.Clone;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.Metastate;
import org.encompass.model.Placement;
import org.encompass.model.StorageDevice;
import org.encompass.model.TerminalState;
import org.encompass.model.Volume;
import org.encompass.ui.internal.conflicts.OpenConflicts;

/**
 * Icons of repository objects: a clone's colour is its metastate (white CLEAN, green OPERATIONAL,
 * orange MAINTENANCE), a corner mark its placement (yellow assigned, green attached, arrow active);
 * unreachable hosts and machines carry a red cross, machines named by an open conflict an orange
 * diamond. Images are shared through JFace's resource
 * manager, which frees them with the display.
 */
public final class Icons {
    private Icons() {
    }

    public static Image of(Object element) {
        ImageDescriptor base = base(element);
        if (base == null) {
            return null;
        }
        String overlay = overlay(element);
        ImageDescriptor descriptor = overlay == null ? base
                : new DecorationOverlayIcon(base, descriptor(overlay), IDecoration.BOTTOM_RIGHT);
        return resources().create(descriptor);
    }

    private static ResourceManager resources() {
        return JFaceResources.getResources();
    }

    private static ImageDescriptor base(Object element) {
        String name = switch (element) {
            case RepositoryContent.Folder f -> "folder";
            case Master m -> "master";
            case Clone c -> c.getTerminalState() == TerminalState.DESTROYED ? "state-destroyed"
                    : c.getTerminalState() == TerminalState.CAPTURED ? "state-captured"
                    : c.getMetastate() == Metastate.OPERATIONAL ? "state-operational"
                    : c.getMetastate() == Metastate.MAINTENANCE ? "state-maintenance" : "state-clean";
            case Blade b -> "blade";
            case Machine m -> "vm";
            case HypervisorHost h -> "host";
            case Chassis c -> "chassis";
            case StorageDevice d -> "storage";
            case Volume v -> "clone";
            case null, default -> null;
        };
        return name == null ? null : descriptor(name);
    }

    private static String overlay(Object element) {
        if (element instanceof Clone c && c.getTerminalState() == TerminalState.NONE) {
            return c.getPlacement() == Placement.ASSIGNED ? "ovr-assigned" : c.getPlacement() == Placement.ATTACHED ? "ovr-attached"
                    : c.getPlacement() == Placement.ACTIVE ? "ovr-active" : null;
        }
        if (element instanceof Machine m) {
            return !m.isReachable() ? "ovr-unreachable" : OpenConflicts.concern(m) ? "ovr-conflict"
                    : m.getClone() == null ? null : overlay(m.getClone());
        }
        if (element instanceof HypervisorHost h && !h.isReachable()) {
            return "ovr-unreachable";
        }
        return null;
    }

    private static ImageDescriptor descriptor(String name) {
        return ImageDescriptor.createFromURL(ConsolePlugin.class.getResource("/icons/" + name + ".png"));
    }
}
