package org.encompass.core.query;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.cdo.CDOObject;
import org.eclipse.emf.cdo.CDOState;
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
 * always cost (its error lists what exists anyway). One index per site object, i.e. per view: kept weakly.
 */
final class NameIndex {
    private static final Map<Site, NameIndex> BY_SITE = Collections.synchronizedMap(new WeakHashMap<>());

    private Map<String, Clone> clones;
    private Map<String, Machine> machines;

    private NameIndex() {
    }

    static NameIndex of(Site site) {
        return BY_SITE.computeIfAbsent(site, s -> new NameIndex());
    }

    synchronized Clone clone(Site site, String name) {
        Clone hit = clones == null ? null : clones.get(name);
        if (hit != null && current(hit, site, name.equals(safeName(hit, Clone::getName)))) {
            return hit;
        }
        clones = build(site.getClones().stream(), Clone::getName);
        return clones.get(name);
    }

    synchronized Machine machine(Site site, String qualifiedName) {
        Machine hit = machines == null ? null : machines.get(qualifiedName);
        if (hit != null && current(hit, site, qualifiedName.equals(safeName(hit, SiteLookup::qualifiedName)))) {
            return hit;
        }
        machines = build(SiteLookup.machines(site), SiteLookup::qualifiedName);
        return machines.get(qualifiedName);
    }

    private static <T> Map<String, T> build(Stream<T> all, Function<T, String> nameOf) {
        Map<String, T> index = new HashMap<>();
        all.forEach(object -> {
            String name = nameOf.apply(object);
            if (name != null) {
                index.putIfAbsent(name, object); // the first of equal names, as a walk finds it
            }
        });
        return index;
    }

    /** Whether {@code object} (whose name matched) is still alive and inside {@code site}: not detached or rolled back. */
    private static boolean current(EObject object, Site site, boolean named) {
        if (!named) {
            return false;
        }
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
