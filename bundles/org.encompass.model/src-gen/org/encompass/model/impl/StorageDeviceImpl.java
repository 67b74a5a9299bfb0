/**
 */
package org.encompass.model.impl;

import java.util.Date;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.CloneMethod;
import org.encompass.model.ModelPackage;
import org.encompass.model.StorageDevice;
import org.encompass.model.Volume;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Storage Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.StorageDeviceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.impl.StorageDeviceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.encompass.model.impl.StorageDeviceImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.encompass.model.impl.StorageDeviceImpl#getDefaultCloneMethod <em>Default Clone Method</em>}</li>
 *   <li>{@link org.encompass.model.impl.StorageDeviceImpl#isReachable <em>Reachable</em>}</li>
 *   <li>{@link org.encompass.model.impl.StorageDeviceImpl#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link org.encompass.model.impl.StorageDeviceImpl#getVolumes <em>Volumes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StorageDeviceImpl extends CDOObjectImpl implements StorageDevice {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StorageDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STORAGE_DEVICE;
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
		return (String)eGet(ModelPackage.Literals.STORAGE_DEVICE__NAME, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eSet(ModelPackage.Literals.STORAGE_DEVICE__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return (String)eGet(ModelPackage.Literals.STORAGE_DEVICE__KIND, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		eSet(ModelPackage.Literals.STORAGE_DEVICE__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return (String)eGet(ModelPackage.Literals.STORAGE_DEVICE__LOCATION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		eSet(ModelPackage.Literals.STORAGE_DEVICE__LOCATION, newLocation);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CloneMethod getDefaultCloneMethod() {
		return (CloneMethod)eGet(ModelPackage.Literals.STORAGE_DEVICE__DEFAULT_CLONE_METHOD, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultCloneMethod(CloneMethod newDefaultCloneMethod) {
		eSet(ModelPackage.Literals.STORAGE_DEVICE__DEFAULT_CLONE_METHOD, newDefaultCloneMethod);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReachable() {
		return (Boolean)eGet(ModelPackage.Literals.STORAGE_DEVICE__REACHABLE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReachable(boolean newReachable) {
		eSet(ModelPackage.Literals.STORAGE_DEVICE__REACHABLE, newReachable);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastSeen() {
		return (Date)eGet(ModelPackage.Literals.STORAGE_DEVICE__LAST_SEEN, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastSeen(Date newLastSeen) {
		eSet(ModelPackage.Literals.STORAGE_DEVICE__LAST_SEEN, newLastSeen);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<Volume> getVolumes() {
		return (EList<Volume>)eGet(ModelPackage.Literals.STORAGE_DEVICE__VOLUMES, true);
	}

} //StorageDeviceImpl
