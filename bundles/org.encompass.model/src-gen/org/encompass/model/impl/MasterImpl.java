/**
 */
package org.encompass.model.impl;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.Clone;
import org.encompass.model.CustomizationItem;
import org.encompass.model.ImageFormat;
import org.encompass.model.MachineRequirements;
import org.encompass.model.Master;
import org.encompass.model.ModelPackage;
import org.encompass.model.StorageDevice;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Master</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getServiceProfile <em>Service Profile</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getSoftwareProfile <em>Software Profile</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getSizeBytes <em>Size Bytes</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getStorage <em>Storage</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getCustomizationItems <em>Customization Items</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getSourceClone <em>Source Clone</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getClones <em>Clones</em>}</li>
 *   <li>{@link org.encompass.model.impl.MasterImpl#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MasterImpl extends CDOObjectImpl implements Master {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MasterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MASTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected int eStaticFeatureCount() {
		return 0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return (String)eGet(ModelPackage.Literals.MASTER__NAME, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eSet(ModelPackage.Literals.MASTER__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return (String)eGet(ModelPackage.Literals.MASTER__VERSION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		eSet(ModelPackage.Literals.MASTER__VERSION, newVersion);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return (String)eGet(ModelPackage.Literals.MASTER__DESCRIPTION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		eSet(ModelPackage.Literals.MASTER__DESCRIPTION, newDescription);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceProfile() {
		return (String)eGet(ModelPackage.Literals.MASTER__SERVICE_PROFILE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceProfile(String newServiceProfile) {
		eSet(ModelPackage.Literals.MASTER__SERVICE_PROFILE, newServiceProfile);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSoftwareProfile() {
		return (String)eGet(ModelPackage.Literals.MASTER__SOFTWARE_PROFILE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoftwareProfile(String newSoftwareProfile) {
		eSet(ModelPackage.Literals.MASTER__SOFTWARE_PROFILE, newSoftwareProfile);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MachineRequirements getRequirements() {
		return (MachineRequirements)eGet(ModelPackage.Literals.MASTER__REQUIREMENTS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequirements(MachineRequirements newRequirements) {
		eSet(ModelPackage.Literals.MASTER__REQUIREMENTS, newRequirements);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageFormat getFormat() {
		return (ImageFormat)eGet(ModelPackage.Literals.MASTER__FORMAT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(ImageFormat newFormat) {
		eSet(ModelPackage.Literals.MASTER__FORMAT, newFormat);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSizeBytes() {
		return (Long)eGet(ModelPackage.Literals.MASTER__SIZE_BYTES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSizeBytes(long newSizeBytes) {
		eSet(ModelPackage.Literals.MASTER__SIZE_BYTES, newSizeBytes);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return (String)eGet(ModelPackage.Literals.MASTER__SHA256, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		eSet(ModelPackage.Literals.MASTER__SHA256, newSha256);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageDevice getStorage() {
		return (StorageDevice)eGet(ModelPackage.Literals.MASTER__STORAGE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorage(StorageDevice newStorage) {
		eSet(ModelPackage.Literals.MASTER__STORAGE, newStorage);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return (String)eGet(ModelPackage.Literals.MASTER__LOCATION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		eSet(ModelPackage.Literals.MASTER__LOCATION, newLocation);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<CustomizationItem> getCustomizationItems() {
		return (EList<CustomizationItem>)eGet(ModelPackage.Literals.MASTER__CUSTOMIZATION_ITEMS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Master getParent() {
		return (Master)eGet(ModelPackage.Literals.MASTER__PARENT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Master newParent) {
		eSet(ModelPackage.Literals.MASTER__PARENT, newParent);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Clone getSourceClone() {
		return (Clone)eGet(ModelPackage.Literals.MASTER__SOURCE_CLONE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceClone(Clone newSourceClone) {
		eSet(ModelPackage.Literals.MASTER__SOURCE_CLONE, newSourceClone);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<Clone> getClones() {
		return (EList<Clone>)eGet(ModelPackage.Literals.MASTER__CLONES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return (Date)eGet(ModelPackage.Literals.MASTER__CREATED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		eSet(ModelPackage.Literals.MASTER__CREATED, newCreated);
	}

} //MasterImpl
