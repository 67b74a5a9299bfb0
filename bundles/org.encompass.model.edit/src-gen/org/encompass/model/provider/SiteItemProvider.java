/**
 */
package org.encompass.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.encompass.model.ModelFactory;
import org.encompass.model.ModelPackage;
import org.encompass.model.Site;

/**
 * This is the item provider adapter for a {@link org.encompass.model.Site} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SiteItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SiteItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addNextJournalIdPropertyDescriptor(object);
			addNextConflictIdPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Site_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Site_name_feature", "_UI_Site_type"),
				 ModelPackage.Literals.SITE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Next Journal Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNextJournalIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Site_nextJournalId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Site_nextJournalId_feature", "_UI_Site_type"),
				 ModelPackage.Literals.SITE__NEXT_JOURNAL_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Next Conflict Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNextConflictIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Site_nextConflictId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Site_nextConflictId_feature", "_UI_Site_type"),
				 ModelPackage.Literals.SITE__NEXT_CONFLICT_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ModelPackage.Literals.SITE__MASTERS);
			childrenFeatures.add(ModelPackage.Literals.SITE__CLONES);
			childrenFeatures.add(ModelPackage.Literals.SITE__STORAGE_DEVICES);
			childrenFeatures.add(ModelPackage.Literals.SITE__HOSTS);
			childrenFeatures.add(ModelPackage.Literals.SITE__CHASSIS);
			childrenFeatures.add(ModelPackage.Literals.SITE__JOURNAL);
			childrenFeatures.add(ModelPackage.Literals.SITE__CONFLICTS);
			childrenFeatures.add(ModelPackage.Literals.SITE__UPDATES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Site.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Site"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Site)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Site_type") :
			getString("_UI_Site_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Site.class)) {
			case ModelPackage.SITE__NAME:
			case ModelPackage.SITE__NEXT_JOURNAL_ID:
			case ModelPackage.SITE__NEXT_CONFLICT_ID:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ModelPackage.SITE__MASTERS:
			case ModelPackage.SITE__CLONES:
			case ModelPackage.SITE__STORAGE_DEVICES:
			case ModelPackage.SITE__HOSTS:
			case ModelPackage.SITE__CHASSIS:
			case ModelPackage.SITE__JOURNAL:
			case ModelPackage.SITE__CONFLICTS:
			case ModelPackage.SITE__UPDATES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SITE__MASTERS,
				 ModelFactory.eINSTANCE.createMaster()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SITE__CLONES,
				 ModelFactory.eINSTANCE.createClone()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SITE__STORAGE_DEVICES,
				 ModelFactory.eINSTANCE.createStorageDevice()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SITE__HOSTS,
				 ModelFactory.eINSTANCE.createHypervisorHost()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SITE__CHASSIS,
				 ModelFactory.eINSTANCE.createChassis()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SITE__JOURNAL,
				 ModelFactory.eINSTANCE.createJournalEntry()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SITE__CONFLICTS,
				 ModelFactory.eINSTANCE.createConflict()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.SITE__UPDATES,
				 ModelFactory.eINSTANCE.createServiceUpdate()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return EncompassEditPlugin.INSTANCE;
	}

}
