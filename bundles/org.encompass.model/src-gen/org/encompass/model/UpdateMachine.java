/**
 */
package org.encompass.model;

import org.eclipse.emf.cdo.CDOObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Update Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One machine of a service update's rollout.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.UpdateMachine#getMachine <em>Machine</em>}</li>
 *   <li>{@link org.encompass.model.UpdateMachine#getOldClone <em>Old Clone</em>}</li>
 *   <li>{@link org.encompass.model.UpdateMachine#getNewClone <em>New Clone</em>}</li>
 *   <li>{@link org.encompass.model.UpdateMachine#getStatus <em>Status</em>}</li>
 *   <li>{@link org.encompass.model.UpdateMachine#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getUpdateMachine()
 * @model
 * @extends CDOObject
 * @generated
 */
public interface UpdateMachine extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Machine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The machine's qualified name (host/vm or chassis/blade).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Machine</em>' attribute.
	 * @see #setMachine(String)
	 * @see org.encompass.model.ModelPackage#getUpdateMachine_Machine()
	 * @model
	 * @generated
	 */
	String getMachine();

	/**
	 * Sets the value of the '{@link org.encompass.model.UpdateMachine#getMachine <em>Machine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine</em>' attribute.
	 * @see #getMachine()
	 * @generated
	 */
	void setMachine(String value);

	/**
	 * Returns the value of the '<em><b>Old Clone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clone of the old master it ran when the rollout reached it: on standby once moved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Old Clone</em>' attribute.
	 * @see #setOldClone(String)
	 * @see org.encompass.model.ModelPackage#getUpdateMachine_OldClone()
	 * @model
	 * @generated
	 */
	String getOldClone();

	/**
	 * Sets the value of the '{@link org.encompass.model.UpdateMachine#getOldClone <em>Old Clone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Clone</em>' attribute.
	 * @see #getOldClone()
	 * @generated
	 */
	void setOldClone(String value);

	/**
	 * Returns the value of the '<em><b>New Clone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clone of the new master made for it; empty until made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Clone</em>' attribute.
	 * @see #setNewClone(String)
	 * @see org.encompass.model.ModelPackage#getUpdateMachine_NewClone()
	 * @model
	 * @generated
	 */
	String getNewClone();

	/**
	 * Sets the value of the '{@link org.encompass.model.UpdateMachine#getNewClone <em>New Clone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Clone</em>' attribute.
	 * @see #getNewClone()
	 * @generated
	 */
	void setNewClone(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.encompass.model.UpdateMachineStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where this machine stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.encompass.model.UpdateMachineStatus
	 * @see #setStatus(UpdateMachineStatus)
	 * @see org.encompass.model.ModelPackage#getUpdateMachine_Status()
	 * @model
	 * @generated
	 */
	UpdateMachineStatus getStatus();

	/**
	 * Sets the value of the '{@link org.encompass.model.UpdateMachine#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.encompass.model.UpdateMachineStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(UpdateMachineStatus value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why its move failed; empty otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.encompass.model.ModelPackage#getUpdateMachine_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.encompass.model.UpdateMachine#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

} // UpdateMachine
