/**
 */
package org.encompass.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.ModelPackage;
import org.encompass.model.UpdateMachine;
import org.encompass.model.UpdateMachineStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Update Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.UpdateMachineImpl#getMachine <em>Machine</em>}</li>
 *   <li>{@link org.encompass.model.impl.UpdateMachineImpl#getOldClone <em>Old Clone</em>}</li>
 *   <li>{@link org.encompass.model.impl.UpdateMachineImpl#getNewClone <em>New Clone</em>}</li>
 *   <li>{@link org.encompass.model.impl.UpdateMachineImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.encompass.model.impl.UpdateMachineImpl#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UpdateMachineImpl extends CDOObjectImpl implements UpdateMachine {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UpdateMachineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.UPDATE_MACHINE;
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
	public String getMachine() {
		return (String)eGet(ModelPackage.Literals.UPDATE_MACHINE__MACHINE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMachine(String newMachine) {
		eSet(ModelPackage.Literals.UPDATE_MACHINE__MACHINE, newMachine);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOldClone() {
		return (String)eGet(ModelPackage.Literals.UPDATE_MACHINE__OLD_CLONE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldClone(String newOldClone) {
		eSet(ModelPackage.Literals.UPDATE_MACHINE__OLD_CLONE, newOldClone);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewClone() {
		return (String)eGet(ModelPackage.Literals.UPDATE_MACHINE__NEW_CLONE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewClone(String newNewClone) {
		eSet(ModelPackage.Literals.UPDATE_MACHINE__NEW_CLONE, newNewClone);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateMachineStatus getStatus() {
		return (UpdateMachineStatus)eGet(ModelPackage.Literals.UPDATE_MACHINE__STATUS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(UpdateMachineStatus newStatus) {
		eSet(ModelPackage.Literals.UPDATE_MACHINE__STATUS, newStatus);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return (String)eGet(ModelPackage.Literals.UPDATE_MACHINE__MESSAGE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		eSet(ModelPackage.Literals.UPDATE_MACHINE__MESSAGE, newMessage);
	}

} //UpdateMachineImpl
