/**
 */
package org.encompass.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.encompass.model.HypervisorHost;
import org.encompass.model.ModelPackage;
import org.encompass.model.VirtualMachine;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Virtual Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.VirtualMachineImpl#getHost <em>Host</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VirtualMachineImpl extends MachineImpl implements VirtualMachine {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtualMachineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.VIRTUAL_MACHINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HypervisorHost getHost() {
		return (HypervisorHost)eGet(ModelPackage.Literals.VIRTUAL_MACHINE__HOST, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(HypervisorHost newHost) {
		eSet(ModelPackage.Literals.VIRTUAL_MACHINE__HOST, newHost);
	}

} //VirtualMachineImpl
