/**
 */
package org.encompass.model.impl;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.Clone;
import org.encompass.model.Machine;
import org.encompass.model.ModelPackage;
import org.encompass.model.PowerState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.MachineImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineImpl#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineImpl#getCpus <em>Cpus</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineImpl#getMemoryMiB <em>Memory Mi B</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineImpl#getDiskGiB <em>Disk Gi B</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineImpl#getMacAddresses <em>Mac Addresses</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineImpl#isReachable <em>Reachable</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineImpl#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineImpl#getDiscoveredBy <em>Discovered By</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineImpl#getPower <em>Power</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineImpl#getClone <em>Clone</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineImpl#getDiscoveredSegments <em>Discovered Segments</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class MachineImpl extends CDOObjectImpl implements Machine {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MachineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MACHINE;
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
		return (String)eGet(ModelPackage.Literals.MACHINE__NAME, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eSet(ModelPackage.Literals.MACHINE__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUuid() {
		return (String)eGet(ModelPackage.Literals.MACHINE__UUID, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUuid(String newUuid) {
		eSet(ModelPackage.Literals.MACHINE__UUID, newUuid);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArchitecture() {
		return (String)eGet(ModelPackage.Literals.MACHINE__ARCHITECTURE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(String newArchitecture) {
		eSet(ModelPackage.Literals.MACHINE__ARCHITECTURE, newArchitecture);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpus() {
		return (Integer)eGet(ModelPackage.Literals.MACHINE__CPUS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpus(int newCpus) {
		eSet(ModelPackage.Literals.MACHINE__CPUS, newCpus);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryMiB() {
		return (Long)eGet(ModelPackage.Literals.MACHINE__MEMORY_MI_B, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryMiB(long newMemoryMiB) {
		eSet(ModelPackage.Literals.MACHINE__MEMORY_MI_B, newMemoryMiB);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDiskGiB() {
		return (Long)eGet(ModelPackage.Literals.MACHINE__DISK_GI_B, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiskGiB(long newDiskGiB) {
		eSet(ModelPackage.Literals.MACHINE__DISK_GI_B, newDiskGiB);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<String> getMacAddresses() {
		return (EList<String>)eGet(ModelPackage.Literals.MACHINE__MAC_ADDRESSES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReachable() {
		return (Boolean)eGet(ModelPackage.Literals.MACHINE__REACHABLE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReachable(boolean newReachable) {
		eSet(ModelPackage.Literals.MACHINE__REACHABLE, newReachable);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastSeen() {
		return (Date)eGet(ModelPackage.Literals.MACHINE__LAST_SEEN, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastSeen(Date newLastSeen) {
		eSet(ModelPackage.Literals.MACHINE__LAST_SEEN, newLastSeen);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiscoveredBy() {
		return (String)eGet(ModelPackage.Literals.MACHINE__DISCOVERED_BY, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscoveredBy(String newDiscoveredBy) {
		eSet(ModelPackage.Literals.MACHINE__DISCOVERED_BY, newDiscoveredBy);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PowerState getPower() {
		return (PowerState)eGet(ModelPackage.Literals.MACHINE__POWER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPower(PowerState newPower) {
		eSet(ModelPackage.Literals.MACHINE__POWER, newPower);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Clone getClone() {
		return (Clone)eGet(ModelPackage.Literals.MACHINE__CLONE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClone(Clone newClone) {
		eSet(ModelPackage.Literals.MACHINE__CLONE, newClone);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSegments() {
		return (String)eGet(ModelPackage.Literals.MACHINE__SEGMENTS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegments(String newSegments) {
		eSet(ModelPackage.Literals.MACHINE__SEGMENTS, newSegments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiscoveredSegments() {
		return (String)eGet(ModelPackage.Literals.MACHINE__DISCOVERED_SEGMENTS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscoveredSegments(String newDiscoveredSegments) {
		eSet(ModelPackage.Literals.MACHINE__DISCOVERED_SEGMENTS, newDiscoveredSegments);
	}

} //MachineImpl
