/**
 */
package org.encompass.model.impl;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.Blade;
import org.encompass.model.Chassis;
import org.encompass.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Chassis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.ChassisImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.impl.ChassisImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.encompass.model.impl.ChassisImpl#getManagementAddress <em>Management Address</em>}</li>
 *   <li>{@link org.encompass.model.impl.ChassisImpl#getBlades <em>Blades</em>}</li>
 *   <li>{@link org.encompass.model.impl.ChassisImpl#getReachableStorage <em>Reachable Storage</em>}</li>
 *   <li>{@link org.encompass.model.impl.ChassisImpl#getDiscoveredStorage <em>Discovered Storage</em>}</li>
 *   <li>{@link org.encompass.model.impl.ChassisImpl#getFirmware <em>Firmware</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChassisImpl extends CDOObjectImpl implements Chassis {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChassisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CHASSIS;
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
		return (String)eGet(ModelPackage.Literals.CHASSIS__NAME, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eSet(ModelPackage.Literals.CHASSIS__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return (String)eGet(ModelPackage.Literals.CHASSIS__KIND, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		eSet(ModelPackage.Literals.CHASSIS__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManagementAddress() {
		return (String)eGet(ModelPackage.Literals.CHASSIS__MANAGEMENT_ADDRESS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagementAddress(String newManagementAddress) {
		eSet(ModelPackage.Literals.CHASSIS__MANAGEMENT_ADDRESS, newManagementAddress);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<Blade> getBlades() {
		return (EList<Blade>)eGet(ModelPackage.Literals.CHASSIS__BLADES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReachableStorage() {
		return (String)eGet(ModelPackage.Literals.CHASSIS__REACHABLE_STORAGE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReachableStorage(String newReachableStorage) {
		eSet(ModelPackage.Literals.CHASSIS__REACHABLE_STORAGE, newReachableStorage);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiscoveredStorage() {
		return (String)eGet(ModelPackage.Literals.CHASSIS__DISCOVERED_STORAGE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscoveredStorage(String newDiscoveredStorage) {
		eSet(ModelPackage.Literals.CHASSIS__DISCOVERED_STORAGE, newDiscoveredStorage);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirmware() {
		return (String)eGet(ModelPackage.Literals.CHASSIS__FIRMWARE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmware(String newFirmware) {
		eSet(ModelPackage.Literals.CHASSIS__FIRMWARE, newFirmware);
	}

} //ChassisImpl
