/**
 */
package org.encompass.model.impl;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.ModelPackage;
import org.encompass.model.ServiceUpdate;
import org.encompass.model.UpdateMachine;
import org.encompass.model.UpdatePhase;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Update</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.ServiceUpdateImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.impl.ServiceUpdateImpl#getOldMaster <em>Old Master</em>}</li>
 *   <li>{@link org.encompass.model.impl.ServiceUpdateImpl#getMaintenanceClone <em>Maintenance Clone</em>}</li>
 *   <li>{@link org.encompass.model.impl.ServiceUpdateImpl#getMaintenanceMachine <em>Maintenance Machine</em>}</li>
 *   <li>{@link org.encompass.model.impl.ServiceUpdateImpl#getNewMaster <em>New Master</em>}</li>
 *   <li>{@link org.encompass.model.impl.ServiceUpdateImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.encompass.model.impl.ServiceUpdateImpl#getAppliedItems <em>Applied Items</em>}</li>
 *   <li>{@link org.encompass.model.impl.ServiceUpdateImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link org.encompass.model.impl.ServiceUpdateImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.encompass.model.impl.ServiceUpdateImpl#getMachines <em>Machines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceUpdateImpl extends CDOObjectImpl implements ServiceUpdate {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceUpdateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SERVICE_UPDATE;
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
		return (String)eGet(ModelPackage.Literals.SERVICE_UPDATE__NAME, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eSet(ModelPackage.Literals.SERVICE_UPDATE__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOldMaster() {
		return (String)eGet(ModelPackage.Literals.SERVICE_UPDATE__OLD_MASTER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldMaster(String newOldMaster) {
		eSet(ModelPackage.Literals.SERVICE_UPDATE__OLD_MASTER, newOldMaster);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMaintenanceClone() {
		return (String)eGet(ModelPackage.Literals.SERVICE_UPDATE__MAINTENANCE_CLONE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaintenanceClone(String newMaintenanceClone) {
		eSet(ModelPackage.Literals.SERVICE_UPDATE__MAINTENANCE_CLONE, newMaintenanceClone);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMaintenanceMachine() {
		return (String)eGet(ModelPackage.Literals.SERVICE_UPDATE__MAINTENANCE_MACHINE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaintenanceMachine(String newMaintenanceMachine) {
		eSet(ModelPackage.Literals.SERVICE_UPDATE__MAINTENANCE_MACHINE, newMaintenanceMachine);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewMaster() {
		return (String)eGet(ModelPackage.Literals.SERVICE_UPDATE__NEW_MASTER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewMaster(String newNewMaster) {
		eSet(ModelPackage.Literals.SERVICE_UPDATE__NEW_MASTER, newNewMaster);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdatePhase getPhase() {
		return (UpdatePhase)eGet(ModelPackage.Literals.SERVICE_UPDATE__PHASE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(UpdatePhase newPhase) {
		eSet(ModelPackage.Literals.SERVICE_UPDATE__PHASE, newPhase);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAppliedItems() {
		return (Integer)eGet(ModelPackage.Literals.SERVICE_UPDATE__APPLIED_ITEMS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppliedItems(int newAppliedItems) {
		eSet(ModelPackage.Literals.SERVICE_UPDATE__APPLIED_ITEMS, newAppliedItems);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStarted() {
		return (Date)eGet(ModelPackage.Literals.SERVICE_UPDATE__STARTED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(Date newStarted) {
		eSet(ModelPackage.Literals.SERVICE_UPDATE__STARTED, newStarted);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return (String)eGet(ModelPackage.Literals.SERVICE_UPDATE__MESSAGE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		eSet(ModelPackage.Literals.SERVICE_UPDATE__MESSAGE, newMessage);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<UpdateMachine> getMachines() {
		return (EList<UpdateMachine>)eGet(ModelPackage.Literals.SERVICE_UPDATE__MACHINES, true);
	}

} //ServiceUpdateImpl
