/**
 */
package org.encompass.model;

import java.util.Date;

import org.eclipse.emf.cdo.CDOObject;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Update</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A service update (paper, section 3): a clone of the old master in MAINTENANCE is captured as a new master, then the machines running clones of the old master are moved to clones of the new one, the old clones staying on standby for rollback. Objects are recorded by name: clones and masters may be destroyed or deleted later, and the record stays as history.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.ServiceUpdate#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.ServiceUpdate#getOldMaster <em>Old Master</em>}</li>
 *   <li>{@link org.encompass.model.ServiceUpdate#getMaintenanceClone <em>Maintenance Clone</em>}</li>
 *   <li>{@link org.encompass.model.ServiceUpdate#getMaintenanceMachine <em>Maintenance Machine</em>}</li>
 *   <li>{@link org.encompass.model.ServiceUpdate#getNewMaster <em>New Master</em>}</li>
 *   <li>{@link org.encompass.model.ServiceUpdate#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.encompass.model.ServiceUpdate#getAppliedItems <em>Applied Items</em>}</li>
 *   <li>{@link org.encompass.model.ServiceUpdate#getStarted <em>Started</em>}</li>
 *   <li>{@link org.encompass.model.ServiceUpdate#getMessage <em>Message</em>}</li>
 *   <li>{@link org.encompass.model.ServiceUpdate#getMachines <em>Machines</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getServiceUpdate()
 * @model
 * @extends CDOObject
 * @generated
 */
public interface ServiceUpdate extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The update's name, unique in the site (upd-MASTER-N).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.encompass.model.ModelPackage#getServiceUpdate_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.encompass.model.ServiceUpdate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Old Master</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The master being updated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Old Master</em>' attribute.
	 * @see #setOldMaster(String)
	 * @see org.encompass.model.ModelPackage#getServiceUpdate_OldMaster()
	 * @model
	 * @generated
	 */
	String getOldMaster();

	/**
	 * Sets the value of the '{@link org.encompass.model.ServiceUpdate#getOldMaster <em>Old Master</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Master</em>' attribute.
	 * @see #getOldMaster()
	 * @generated
	 */
	void setOldMaster(String value);

	/**
	 * Returns the value of the '<em><b>Maintenance Clone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clone of the old master put into MAINTENANCE and captured as the new master.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maintenance Clone</em>' attribute.
	 * @see #setMaintenanceClone(String)
	 * @see org.encompass.model.ModelPackage#getServiceUpdate_MaintenanceClone()
	 * @model
	 * @generated
	 */
	String getMaintenanceClone();

	/**
	 * Sets the value of the '{@link org.encompass.model.ServiceUpdate#getMaintenanceClone <em>Maintenance Clone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maintenance Clone</em>' attribute.
	 * @see #getMaintenanceClone()
	 * @generated
	 */
	void setMaintenanceClone(String value);

	/**
	 * Returns the value of the '<em><b>Maintenance Machine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The machine the maintenance clone was deployed on, or empty when it stayed unassigned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maintenance Machine</em>' attribute.
	 * @see #setMaintenanceMachine(String)
	 * @see org.encompass.model.ModelPackage#getServiceUpdate_MaintenanceMachine()
	 * @model
	 * @generated
	 */
	String getMaintenanceMachine();

	/**
	 * Sets the value of the '{@link org.encompass.model.ServiceUpdate#getMaintenanceMachine <em>Maintenance Machine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maintenance Machine</em>' attribute.
	 * @see #getMaintenanceMachine()
	 * @generated
	 */
	void setMaintenanceMachine(String value);

	/**
	 * Returns the value of the '<em><b>New Master</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The master captured from the maintenance clone; empty until captured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Master</em>' attribute.
	 * @see #setNewMaster(String)
	 * @see org.encompass.model.ModelPackage#getServiceUpdate_NewMaster()
	 * @model
	 * @generated
	 */
	String getNewMaster();

	/**
	 * Sets the value of the '{@link org.encompass.model.ServiceUpdate#getNewMaster <em>New Master</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Master</em>' attribute.
	 * @see #getNewMaster()
	 * @generated
	 */
	void setNewMaster(String value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.encompass.model.UpdatePhase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the update stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.encompass.model.UpdatePhase
	 * @see #setPhase(UpdatePhase)
	 * @see org.encompass.model.ModelPackage#getServiceUpdate_Phase()
	 * @model
	 * @generated
	 */
	UpdatePhase getPhase();

	/**
	 * Sets the value of the '{@link org.encompass.model.ServiceUpdate#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.encompass.model.UpdatePhase
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(UpdatePhase value);

	/**
	 * Returns the value of the '<em><b>Applied Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many customization items the update applied to the maintenance clone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applied Items</em>' attribute.
	 * @see #setAppliedItems(int)
	 * @see org.encompass.model.ModelPackage#getServiceUpdate_AppliedItems()
	 * @model
	 * @generated
	 */
	int getAppliedItems();

	/**
	 * Sets the value of the '{@link org.encompass.model.ServiceUpdate#getAppliedItems <em>Applied Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applied Items</em>' attribute.
	 * @see #getAppliedItems()
	 * @generated
	 */
	void setAppliedItems(int value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the update started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(Date)
	 * @see org.encompass.model.ModelPackage#getServiceUpdate_Started()
	 * @model
	 * @generated
	 */
	Date getStarted();

	/**
	 * Sets the value of the '{@link org.encompass.model.ServiceUpdate#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(Date value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last thing that went wrong, for the operator; empty when nothing did.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.encompass.model.ModelPackage#getServiceUpdate_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.encompass.model.ServiceUpdate#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Machines</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.UpdateMachine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The machines of the rollout with their old and new clones, in rollout order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Machines</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getServiceUpdate_Machines()
	 * @model containment="true"
	 * @generated
	 */
	EList<UpdateMachine> getMachines();

} // ServiceUpdate
