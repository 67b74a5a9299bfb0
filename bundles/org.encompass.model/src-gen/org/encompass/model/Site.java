/**
 */
package org.encompass.model;

import org.eclipse.emf.cdo.CDOObject;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One data center managed by ENCOMPASS: the root of everything it knows.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.Site#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.Site#getMasters <em>Masters</em>}</li>
 *   <li>{@link org.encompass.model.Site#getClones <em>Clones</em>}</li>
 *   <li>{@link org.encompass.model.Site#getStorageDevices <em>Storage Devices</em>}</li>
 *   <li>{@link org.encompass.model.Site#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.encompass.model.Site#getChassis <em>Chassis</em>}</li>
 *   <li>{@link org.encompass.model.Site#getJournal <em>Journal</em>}</li>
 *   <li>{@link org.encompass.model.Site#getNextJournalId <em>Next Journal Id</em>}</li>
 *   <li>{@link org.encompass.model.Site#getConflicts <em>Conflicts</em>}</li>
 *   <li>{@link org.encompass.model.Site#getNextConflictId <em>Next Conflict Id</em>}</li>
 *   <li>{@link org.encompass.model.Site#getUpdates <em>Updates</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getSite()
 * @model
 * @extends CDOObject
 * @generated
 */
public interface Site extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operator's name for the site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.encompass.model.ModelPackage#getSite_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.encompass.model.Site#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Masters</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.Master}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The master images of the site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Masters</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getSite_Masters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Master> getMasters();

	/**
	 * Returns the value of the '<em><b>Clones</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.Clone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All clones of the site, live and terminal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clones</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getSite_Clones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Clone> getClones();

	/**
	 * Returns the value of the '<em><b>Storage Devices</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.StorageDevice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The storage devices that hold masters and clones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Storage Devices</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getSite_StorageDevices()
	 * @model containment="true"
	 * @generated
	 */
	EList<StorageDevice> getStorageDevices();

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.HypervisorHost}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hypervisor hosts and their virtual machines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getSite_Hosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<HypervisorHost> getHosts();

	/**
	 * Returns the value of the '<em><b>Chassis</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.Chassis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The blade chassis and their blades.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chassis</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getSite_Chassis()
	 * @model containment="true"
	 * @generated
	 */
	EList<Chassis> getChassis();

	/**
	 * Returns the value of the '<em><b>Journal</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.JournalEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The record of every operation run on the site, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Journal</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getSite_Journal()
	 * @model containment="true"
	 * @generated
	 */
	EList<JournalEntry> getJournal();

	/**
	 * Returns the value of the '<em><b>Next Journal Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id the next journal entry will get.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Next Journal Id</em>' attribute.
	 * @see #setNextJournalId(long)
	 * @see org.encompass.model.ModelPackage#getSite_NextJournalId()
	 * @model
	 * @generated
	 */
	long getNextJournalId();

	/**
	 * Sets the value of the '{@link org.encompass.model.Site#getNextJournalId <em>Next Journal Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Journal Id</em>' attribute.
	 * @see #getNextJournalId()
	 * @generated
	 */
	void setNextJournalId(long value);

	/**
	 * Returns the value of the '<em><b>Conflicts</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.Conflict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contradictions between what discovery found and what the site records, open and resolved, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conflicts</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getSite_Conflicts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Conflict> getConflicts();

	/**
	 * Returns the value of the '<em><b>Next Conflict Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id the next conflict will get.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Next Conflict Id</em>' attribute.
	 * @see #setNextConflictId(long)
	 * @see org.encompass.model.ModelPackage#getSite_NextConflictId()
	 * @model
	 * @generated
	 */
	long getNextConflictId();

	/**
	 * Sets the value of the '{@link org.encompass.model.Site#getNextConflictId <em>Next Conflict Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Conflict Id</em>' attribute.
	 * @see #getNextConflictId()
	 * @generated
	 */
	void setNextConflictId(long value);

	/**
	 * Returns the value of the '<em><b>Updates</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.ServiceUpdate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service updates of masters (paper, section 3), running and finished, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updates</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getSite_Updates()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceUpdate> getUpdates();

} // Site
