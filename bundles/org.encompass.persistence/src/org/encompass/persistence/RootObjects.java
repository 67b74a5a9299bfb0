package org.encompass.persistence;

import java.util.Optional;

import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The one root object of a model kept in a resource, e.g. the Site in {@code /site}. Generic so
 * this bundle stays free of the model: the caller names the EClass.
 */
public final class RootObjects {

	private RootObjects() {
	}

	/** The first object of {@code eClass} among the resource's contents, if the resource exists. */
	public static <T extends EObject> Optional<T> find(CDOView view, String resourcePath, EClass eClass, Class<T> type) {
		if (!view.hasResource(resourcePath)) {
			return Optional.empty();
		}
		return first(view.getResource(resourcePath), eClass, type);
	}

	/**
	 * The root object, created with the EClass's factory and added to the (new) resource when
	 * missing. The caller commits.
	 */
	public static <T extends EObject> T findOrCreate(CDOTransaction transaction, String resourcePath, EClass eClass,
			Class<T> type) {
		CDOResource resource = transaction.getOrCreateResource(resourcePath);
		return first(resource, eClass, type).orElseGet(() -> {
			T root = type.cast(EcoreUtil.create(eClass));
			resource.getContents().add(root);
			return root;
		});
	}

	private static <T extends EObject> Optional<T> first(CDOResource resource, EClass eClass, Class<T> type) {
		if (!type.isAssignableFrom(eClass.getInstanceClass() != null ? eClass.getInstanceClass() : EObject.class)) {
			throw new IllegalArgumentException(eClass.getName() + " objects are not " + type.getName());
		}
		return resource.getContents().stream().filter(eClass::isInstance).map(type::cast).findFirst();
	}
}
