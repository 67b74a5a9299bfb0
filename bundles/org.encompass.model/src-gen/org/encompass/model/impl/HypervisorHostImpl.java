/**
 */
package org.encompass.model.impl;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.HypervisorHost;
import org.encompass.model.ModelPackage;
import org.encompass.model.VirtualMachine;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hypervisor Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.HypervisorHostImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.impl.HypervisorHostImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.encompass.model.impl.HypervisorHostImpl#getUri <em>Uri</em>}</li>
 *   <li>{@link org.encompass.model.impl.HypervisorHostImpl#isReachable <em>Reachable</em>}</li>
 *   <li>{@link org.encompass.model.impl.HypervisorHostImpl#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link org.encompass.model.impl.HypervisorHostImpl#getMachines <em>Machines</em>}</li>
 *   <li>{@link org.encompass.model.impl.HypervisorHostImpl#getReachableStorage <em>Reachable Storage</em>}</li>
 *   <li>{@link org.encompass.model.impl.HypervisorHostImpl#getDiscoveredStorage <em>Discovered Storage</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HypervisorHostImpl extends CDOObjectImpl implements HypervisorHost {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HypervisorHostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.HYPERVISOR_HOST;
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
		return (String)eGet(ModelPackage.Literals.HYPERVISOR_HOST__NAME, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eSet(ModelPackage.Literals.HYPERVISOR_HOST__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return (String)eGet(ModelPackage.Literals.HYPERVISOR_HOST__KIND, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		eSet(ModelPackage.Literals.HYPERVISOR_HOST__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUri() {
		return (String)eGet(ModelPackage.Literals.HYPERVISOR_HOST__URI, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUri(String newUri) {
		eSet(ModelPackage.Literals.HYPERVISOR_HOST__URI, newUri);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReachable() {
		return (Boolean)eGet(ModelPackage.Literals.HYPERVISOR_HOST__REACHABLE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReachable(boolean newReachable) {
		eSet(ModelPackage.Literals.HYPERVISOR_HOST__REACHABLE, newReachable);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastSeen() {
		return (Date)eGet(ModelPackage.Literals.HYPERVISOR_HOST__LAST_SEEN, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastSeen(Date newLastSeen) {
		eSet(ModelPackage.Literals.HYPERVISOR_HOST__LAST_SEEN, newLastSeen);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<VirtualMachine> getMachines() {
		return (EList<VirtualMachine>)eGet(ModelPackage.Literals.HYPERVISOR_HOST__MACHINES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReachableStorage() {
		return (String)eGet(ModelPackage.Literals.HYPERVISOR_HOST__REACHABLE_STORAGE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReachableStorage(String newReachableStorage) {
		eSet(ModelPackage.Literals.HYPERVISOR_HOST__REACHABLE_STORAGE, newReachableStorage);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiscoveredStorage() {
		return (String)eGet(ModelPackage.Literals.HYPERVISOR_HOST__DISCOVERED_STORAGE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscoveredStorage(String newDiscoveredStorage) {
		eSet(ModelPackage.Literals.HYPERVISOR_HOST__DISCOVERED_STORAGE, newDiscoveredStorage);
	}

} //HypervisorHostImpl
