/**
 */
package org.encompass.model;

import java.util.Date;

import org.eclipse.emf.cdo.CDOObject;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A computer that can boot a clone: a virtual machine or a blade.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.Machine#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.Machine#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.encompass.model.Machine#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.encompass.model.Machine#getCpus <em>Cpus</em>}</li>
 *   <li>{@link org.encompass.model.Machine#getMemoryMiB <em>Memory Mi B</em>}</li>
 *   <li>{@link org.encompass.model.Machine#getDiskGiB <em>Disk Gi B</em>}</li>
 *   <li>{@link org.encompass.model.Machine#getMacAddresses <em>Mac Addresses</em>}</li>
 *   <li>{@link org.encompass.model.Machine#isReachable <em>Reachable</em>}</li>
 *   <li>{@link org.encompass.model.Machine#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link org.encompass.model.Machine#getDiscoveredBy <em>Discovered By</em>}</li>
 *   <li>{@link org.encompass.model.Machine#getPower <em>Power</em>}</li>
 *   <li>{@link org.encompass.model.Machine#getClone <em>Clone</em>}</li>
 *   <li>{@link org.encompass.model.Machine#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.encompass.model.Machine#getDiscoveredSegments <em>Discovered Segments</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getMachine()
 * @model abstract="true"
 * @extends CDOObject
 * @generated
 */
public interface Machine extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The machine's name on its host or chassis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.encompass.model.ModelPackage#getMachine_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.encompass.model.Machine#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The machine's stable identity as its host reports it, if it has one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uuid</em>' attribute.
	 * @see #setUuid(String)
	 * @see org.encompass.model.ModelPackage#getMachine_Uuid()
	 * @model
	 * @generated
	 */
	String getUuid();

	/**
	 * Sets the value of the '{@link org.encompass.model.Machine#getUuid <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid</em>' attribute.
	 * @see #getUuid()
	 * @generated
	 */
	void setUuid(String value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CPU architecture, for example x86_64.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see #setArchitecture(String)
	 * @see org.encompass.model.ModelPackage#getMachine_Architecture()
	 * @model
	 * @generated
	 */
	String getArchitecture();

	/**
	 * Sets the value of the '{@link org.encompass.model.Machine#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(String value);

	/**
	 * Returns the value of the '<em><b>Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual or physical CPU count.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpus</em>' attribute.
	 * @see #setCpus(int)
	 * @see org.encompass.model.ModelPackage#getMachine_Cpus()
	 * @model
	 * @generated
	 */
	int getCpus();

	/**
	 * Sets the value of the '{@link org.encompass.model.Machine#getCpus <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpus</em>' attribute.
	 * @see #getCpus()
	 * @generated
	 */
	void setCpus(int value);

	/**
	 * Returns the value of the '<em><b>Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory in MiB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory Mi B</em>' attribute.
	 * @see #setMemoryMiB(long)
	 * @see org.encompass.model.ModelPackage#getMachine_MemoryMiB()
	 * @model
	 * @generated
	 */
	long getMemoryMiB();

	/**
	 * Sets the value of the '{@link org.encompass.model.Machine#getMemoryMiB <em>Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Mi B</em>' attribute.
	 * @see #getMemoryMiB()
	 * @generated
	 */
	void setMemoryMiB(long value);

	/**
	 * Returns the value of the '<em><b>Disk Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of the boot disk the machine can take, in GiB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disk Gi B</em>' attribute.
	 * @see #setDiskGiB(long)
	 * @see org.encompass.model.ModelPackage#getMachine_DiskGiB()
	 * @model
	 * @generated
	 */
	long getDiskGiB();

	/**
	 * Sets the value of the '{@link org.encompass.model.Machine#getDiskGiB <em>Disk Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk Gi B</em>' attribute.
	 * @see #getDiskGiB()
	 * @generated
	 */
	void setDiskGiB(long value);

	/**
	 * Returns the value of the '<em><b>Mac Addresses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MAC addresses of the machine's network interfaces, lower case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mac Addresses</em>' attribute list.
	 * @see org.encompass.model.ModelPackage#getMachine_MacAddresses()
	 * @model
	 * @generated
	 */
	EList<String> getMacAddresses();

	/**
	 * Returns the value of the '<em><b>Reachable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the machine answered the last time it was asked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reachable</em>' attribute.
	 * @see #setReachable(boolean)
	 * @see org.encompass.model.ModelPackage#getMachine_Reachable()
	 * @model
	 * @generated
	 */
	boolean isReachable();

	/**
	 * Sets the value of the '{@link org.encompass.model.Machine#isReachable <em>Reachable</em>}' attribute.
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
	 * When the machine last answered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Seen</em>' attribute.
	 * @see #setLastSeen(Date)
	 * @see org.encompass.model.ModelPackage#getMachine_LastSeen()
	 * @model
	 * @generated
	 */
	Date getLastSeen();

	/**
	 * Sets the value of the '{@link org.encompass.model.Machine#getLastSeen <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Seen</em>' attribute.
	 * @see #getLastSeen()
	 * @generated
	 */
	void setLastSeen(Date value);

	/**
	 * Returns the value of the '<em><b>Discovered By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The discovery provider or driver that found the machine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discovered By</em>' attribute.
	 * @see #setDiscoveredBy(String)
	 * @see org.encompass.model.ModelPackage#getMachine_DiscoveredBy()
	 * @model
	 * @generated
	 */
	String getDiscoveredBy();

	/**
	 * Sets the value of the '{@link org.encompass.model.Machine#getDiscoveredBy <em>Discovered By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discovered By</em>' attribute.
	 * @see #getDiscoveredBy()
	 * @generated
	 */
	void setDiscoveredBy(String value);

	/**
	 * Returns the value of the '<em><b>Power</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link org.encompass.model.PowerState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Power state as last reported; UNKNOWN until asked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Power</em>' attribute.
	 * @see org.encompass.model.PowerState
	 * @see #setPower(PowerState)
	 * @see org.encompass.model.ModelPackage#getMachine_Power()
	 * @model default="UNKNOWN"
	 * @generated
	 */
	PowerState getPower();

	/**
	 * Sets the value of the '{@link org.encompass.model.Machine#getPower <em>Power</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power</em>' attribute.
	 * @see org.encompass.model.PowerState
	 * @see #getPower()
	 * @generated
	 */
	void setPower(PowerState value);

	/**
	 * Returns the value of the '<em><b>Clone</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.encompass.model.Clone#getMachine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clone assigned to the machine; at most one at a time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clone</em>' reference.
	 * @see #setClone(Clone)
	 * @see org.encompass.model.ModelPackage#getMachine_Clone()
	 * @see org.encompass.model.Clone#getMachine
	 * @model opposite="machine"
	 * @generated
	 */
	Clone getClone();

	/**
	 * Sets the value of the '{@link org.encompass.model.Machine#getClone <em>Clone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clone</em>' reference.
	 * @see #getClone()
	 * @generated
	 */
	void setClone(Clone value);

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network segments the machine is on as the operator recorded them, comma-separated; when empty, discoveredSegments applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' attribute.
	 * @see #setSegments(String)
	 * @see org.encompass.model.ModelPackage#getMachine_Segments()
	 * @model
	 * @generated
	 */
	String getSegments();

	/**
	 * Sets the value of the '{@link org.encompass.model.Machine#getSegments <em>Segments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segments</em>' attribute.
	 * @see #getSegments()
	 * @generated
	 */
	void setSegments(String value);

	/**
	 * Returns the value of the '<em><b>Discovered Segments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The networks the last discovery found the machine on, comma-separated, replaced at every discovery; empty when it found none. The operator's segments, when recorded, stand over them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discovered Segments</em>' attribute.
	 * @see #setDiscoveredSegments(String)
	 * @see org.encompass.model.ModelPackage#getMachine_DiscoveredSegments()
	 * @model
	 * @generated
	 */
	String getDiscoveredSegments();

	/**
	 * Sets the value of the '{@link org.encompass.model.Machine#getDiscoveredSegments <em>Discovered Segments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discovered Segments</em>' attribute.
	 * @see #getDiscoveredSegments()
	 * @generated
	 */
	void setDiscoveredSegments(String value);

} // Machine
