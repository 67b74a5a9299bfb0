package org.encompass.core.query;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.cdo.CDOObject;
import org.eclipse.emf.cdo.CDOState;
import org.eclipse.emf.cdo.common.id.CDOID;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.encompass.model.Clone;
import org.encompass.model.Machine;
import org.encompass.model.Site;

/**
 * The clones of a site by name and its machines by qualified name, so that finding one costs a map look-up and not
 * a walk over every clone of the site (50,000 clones made that walk most of a lifecycle transition's time).
 *
 * <p>The index is never trusted blindly, so it needs no listener on commits of other sessions: a hit is checked
 * against the object itself (still in this site, still alive in its view, still carrying that name: CDO reloads
 * an object another session changed), and a miss or a stale hit rebuilds the index from the site once. A name
 * that exists is thus always found, whatever was committed since, and a name that does not exist costs the walk it
 * always cost (its error lists what exists anyway). One index per site object, i.e. per CDO view, kept weakly; it
 * holds CDO ids, not objects, so it keeps neither the site nor its view alive. A site outside CDO is walked.
 */
final class NameIndex {
    private static final Map<Site, NameIndex> BY_SITE = Collections.synchronizedMap(new WeakHashMap<>());

    private Map<String, CDOID> clones;
    private Map<String, CDOID> machines;

    private NameIndex() {
    }

    /** The clone named {@code name}, or null. */
    static Clone clone(Site site, String name) {
        CDOView view = view(site);
        if (view == null) {
            return site.getClones().stream().filter(c -> name.equals(c.getName())).findFirst().orElse(null);
        }
        NameIndex index = BY_SITE.computeIfAbsent(site, s -> new NameIndex());
        synchronized (index) {
            Clone hit = resolve(view, index.clones, name, Clone.class);
            if (hit != null && current(hit, site) && name.equals(safeName(hit, Clone::getName))) {
                return hit;
            }
            index.clones = build(site.getClones().stream(), Clone::getName);
            return resolve(view, index.clones, name, Clone.class);
        }
    }

    /** The machine whose qualified name is {@code qualifiedName}, or null. */
    static Machine machine(Site site, String qualifiedName) {
        CDOView view = view(site);
        if (view == null) {
            return SiteLookup.machines(site).filter(m -> qualifiedName.equals(SiteLookup.qualifiedName(m))).findFirst()
                    .orElse(null);
        }
        NameIndex index = BY_SITE.computeIfAbsent(site, s -> new NameIndex());
        synchronized (index) {
            Machine hit = resolve(view, index.machines, qualifiedName, Machine.class);
            if (hit != null && current(hit, site) && qualifiedName.equals(safeName(hit, SiteLookup::qualifiedName))) {
                return hit;
            }
            index.machines = build(SiteLookup.machines(site), SiteLookup::qualifiedName);
            return resolve(view, index.machines, qualifiedName, Machine.class);
        }
    }

    private static CDOView view(Site site) {
        if (site instanceof CDOObject cdo && cdo.cdoView() != null && !cdo.cdoView().isClosed()) {
            return cdo.cdoView();
        }
        return null;
    }

    private static <T extends EObject> Map<String, CDOID> build(Stream<T> all, Function<T, String> nameOf) {
        Map<String, CDOID> index = new HashMap<>();
        all.forEach(object -> {
            String name = nameOf.apply(object);
            if (name != null && object instanceof CDOObject cdo && cdo.cdoID() != null) {
                index.putIfAbsent(name, cdo.cdoID()); // the first of equal names, as a walk finds it
            }
        });
        return index;
    }

    private static <T> T resolve(CDOView view, Map<String, CDOID> index, String name, Class<T> type) {
        CDOID id = index == null ? null : index.get(name);
        if (id == null) {
            return null;
        }
        try {
            return Optional.ofNullable(view.getObject(id, true)).filter(type::isInstance).map(type::cast).orElse(null);
        } catch (RuntimeException e) {
            return null; // removed meanwhile, or a temporary id of an object committed since
        }
    }

    /** Whether {@code object} is still alive and inside {@code site}: not detached or rolled back. */
    private static boolean current(EObject object, Site site) {
        if (object instanceof CDOObject cdo && (cdo.cdoState() == CDOState.INVALID || cdo.cdoState() == CDOState.INVALID_CONFLICT
                || cdo.cdoState() == CDOState.TRANSIENT)) {
            return false;
        }
        try {
            EObject container = object;
            while (container != null && container != site) {
                container = container.eContainer();
            }
            return container == site;
        } catch (RuntimeException e) {
            return false; // removed by another session: CDO could not load it any more
        }
    }

    private static <T> String safeName(T object, Function<T, String> nameOf) {
        try {
            return nameOf.apply(object);
        } catch (RuntimeException e) {
            return null; // removed by another session: CDO could not load it any more
        }
    }
}
