/**
 */
package org.encompass.model;

import org.eclipse.emf.cdo.CDOObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Machine Requirements</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The least a machine must offer to run clones of a master.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.MachineRequirements#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.encompass.model.MachineRequirements#getMinCpus <em>Min Cpus</em>}</li>
 *   <li>{@link org.encompass.model.MachineRequirements#getMinMemoryMiB <em>Min Memory Mi B</em>}</li>
 *   <li>{@link org.encompass.model.MachineRequirements#getMinDiskGiB <em>Min Disk Gi B</em>}</li>
 *   <li>{@link org.encompass.model.MachineRequirements#getSegment <em>Segment</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getMachineRequirements()
 * @model
 * @extends CDOObject
 * @generated
 */
public interface MachineRequirements extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CPU architecture required, for example x86_64; empty means any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see #setArchitecture(String)
	 * @see org.encompass.model.ModelPackage#getMachineRequirements_Architecture()
	 * @model
	 * @generated
	 */
	String getArchitecture();

	/**
	 * Sets the value of the '{@link org.encompass.model.MachineRequirements#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(String value);

	/**
	 * Returns the value of the '<em><b>Min Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fewest CPUs a machine may have.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Cpus</em>' attribute.
	 * @see #setMinCpus(int)
	 * @see org.encompass.model.ModelPackage#getMachineRequirements_MinCpus()
	 * @model
	 * @generated
	 */
	int getMinCpus();

	/**
	 * Sets the value of the '{@link org.encompass.model.MachineRequirements#getMinCpus <em>Min Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Cpus</em>' attribute.
	 * @see #getMinCpus()
	 * @generated
	 */
	void setMinCpus(int value);

	/**
	 * Returns the value of the '<em><b>Min Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The least memory a machine may have, in MiB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Memory Mi B</em>' attribute.
	 * @see #setMinMemoryMiB(long)
	 * @see org.encompass.model.ModelPackage#getMachineRequirements_MinMemoryMiB()
	 * @model
	 * @generated
	 */
	long getMinMemoryMiB();

	/**
	 * Sets the value of the '{@link org.encompass.model.MachineRequirements#getMinMemoryMiB <em>Min Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Memory Mi B</em>' attribute.
	 * @see #getMinMemoryMiB()
	 * @generated
	 */
	void setMinMemoryMiB(long value);

	/**
	 * Returns the value of the '<em><b>Min Disk Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The smallest boot disk a machine may have, in GiB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Disk Gi B</em>' attribute.
	 * @see #setMinDiskGiB(long)
	 * @see org.encompass.model.ModelPackage#getMachineRequirements_MinDiskGiB()
	 * @model
	 * @generated
	 */
	long getMinDiskGiB();

	/**
	 * Sets the value of the '{@link org.encompass.model.MachineRequirements#getMinDiskGiB <em>Min Disk Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Disk Gi B</em>' attribute.
	 * @see #getMinDiskGiB()
	 * @generated
	 */
	void setMinDiskGiB(long value);

	/**
	 * Returns the value of the '<em><b>Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network segment a machine must be on (Machine.segments); empty means any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment</em>' attribute.
	 * @see #setSegment(String)
	 * @see org.encompass.model.ModelPackage#getMachineRequirements_Segment()
	 * @model
	 * @generated
	 */
	String getSegment();

	/**
	 * Sets the value of the '{@link org.encompass.model.MachineRequirements#getSegment <em>Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' attribute.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(String value);

} // MachineRequirements
