/**
 */
package org.encompass.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtual Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A machine provided by a hypervisor host.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.VirtualMachine#getHost <em>Host</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getVirtualMachine()
 * @model
 * @generated
 */
public interface VirtualMachine extends Machine {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.encompass.model.HypervisorHost#getMachines <em>Machines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hypervisor host that runs the virtual machine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' container reference.
	 * @see #setHost(HypervisorHost)
	 * @see org.encompass.model.ModelPackage#getVirtualMachine_Host()
	 * @see org.encompass.model.HypervisorHost#getMachines
	 * @model opposite="machines"
	 * @generated
	 */
	HypervisorHost getHost();

	/**
	 * Sets the value of the '{@link org.encompass.model.VirtualMachine#getHost <em>Host</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' container reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(HypervisorHost value);

} // VirtualMachine
