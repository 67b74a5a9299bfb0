/**
 */
package org.encompass.model;

import java.util.Date;

import org.eclipse.emf.cdo.CDOObject;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hypervisor Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A hypervisor that provides virtual machines, reached through a hypervisor driver.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.HypervisorHost#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.HypervisorHost#getKind <em>Kind</em>}</li>
 *   <li>{@link org.encompass.model.HypervisorHost#getUri <em>Uri</em>}</li>
 *   <li>{@link org.encompass.model.HypervisorHost#isReachable <em>Reachable</em>}</li>
 *   <li>{@link org.encompass.model.HypervisorHost#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link org.encompass.model.HypervisorHost#getMachines <em>Machines</em>}</li>
 *   <li>{@link org.encompass.model.HypervisorHost#getReachableStorage <em>Reachable Storage</em>}</li>
 *   <li>{@link org.encompass.model.HypervisorHost#getDiscoveredStorage <em>Discovered Storage</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getHypervisorHost()
 * @model
 * @extends CDOObject
 * @generated
 */
public interface HypervisorHost extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operator's name for the host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.encompass.model.ModelPackage#getHypervisorHost_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.encompass.model.HypervisorHost#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hypervisor driver kind that serves the host, for example libvirt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.encompass.model.ModelPackage#getHypervisorHost_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.encompass.model.HypervisorHost#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the driver connects, for example qemu:///system; holds no credentials.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uri</em>' attribute.
	 * @see #setUri(String)
	 * @see org.encompass.model.ModelPackage#getHypervisorHost_Uri()
	 * @model
	 * @generated
	 */
	String getUri();

	/**
	 * Sets the value of the '{@link org.encompass.model.HypervisorHost#getUri <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uri</em>' attribute.
	 * @see #getUri()
	 * @generated
	 */
	void setUri(String value);

	/**
	 * Returns the value of the '<em><b>Reachable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the host answered the last time it was asked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reachable</em>' attribute.
	 * @see #setReachable(boolean)
	 * @see org.encompass.model.ModelPackage#getHypervisorHost_Reachable()
	 * @model
	 * @generated
	 */
	boolean isReachable();

	/**
	 * Sets the value of the '{@link org.encompass.model.HypervisorHost#isReachable <em>Reachable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reachable</em>' attribute.
	 * @see #isReachable()
	 * @generated
	 */
	void setReachable(boolean value);

	/**
	 * Returns the value of the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the host last answered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Seen</em>' attribute.
	 * @see #setLastSeen(Date)
	 * @see org.encompass.model.ModelPackage#getHypervisorHost_LastSeen()
	 * @model
	 * @generated
	 */
	Date getLastSeen();

	/**
	 * Sets the value of the '{@link org.encompass.model.HypervisorHost#getLastSeen <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Seen</em>' attribute.
	 * @see #getLastSeen()
	 * @generated
	 */
	void setLastSeen(Date value);

	/**
	 * Returns the value of the '<em><b>Machines</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.VirtualMachine}.
	 * It is bidirectional and its opposite is '{@link org.encompass.model.VirtualMachine#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The virtual machines defined on the host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Machines</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getHypervisorHost_Machines()
	 * @see org.encompass.model.VirtualMachine#getHost
	 * @model opposite="host" containment="true"
	 * @generated
	 */
	EList<VirtualMachine> getMachines();

	/**
	 * Returns the value of the '<em><b>Reachable Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The storage devices its machines can boot from as the operator recorded them, comma-separated names; when empty, discoveredStorage applies, and when both are empty every device counts as reachable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reachable Storage</em>' attribute.
	 * @see #setReachableStorage(String)
	 * @see org.encompass.model.ModelPackage#getHypervisorHost_ReachableStorage()
	 * @model
	 * @generated
	 */
	String getReachableStorage();

	/**
	 * Sets the value of the '{@link org.encompass.model.HypervisorHost#getReachableStorage <em>Reachable Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reachable Storage</em>' attribute.
	 * @see #getReachableStorage()
	 * @generated
	 */
	void setReachableStorage(String value);

	/**
	 * Returns the value of the '<em><b>Discovered Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The storage devices the last discovery of the host found its machines can boot from, comma-separated names, replaced at every discovery; empty when it found none or could not tell. The operator's reachableStorage, when recorded, stands over it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discovered Storage</em>' attribute.
	 * @see #setDiscoveredStorage(String)
	 * @see org.encompass.model.ModelPackage#getHypervisorHost_DiscoveredStorage()
	 * @model
	 * @generated
	 */
	String getDiscoveredStorage();

	/**
	 * Sets the value of the '{@link org.encompass.model.HypervisorHost#getDiscoveredStorage <em>Discovered Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discovered Storage</em>' attribute.
	 * @see #getDiscoveredStorage()
	 * @generated
	 */
	void setDiscoveredStorage(String value);

} // HypervisorHost
