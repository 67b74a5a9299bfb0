/**
 */
package org.encompass.model.impl;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.AppliedItem;
import org.encompass.model.Clone;
import org.encompass.model.CloneMethod;
import org.encompass.model.ImageFormat;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.Metastate;
import org.encompass.model.ModelPackage;
import org.encompass.model.Placement;
import org.encompass.model.StorageDevice;
import org.encompass.model.TerminalState;
import org.encompass.model.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Clone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getMaster <em>Master</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getMetastate <em>Metastate</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getPlacement <em>Placement</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getTerminalState <em>Terminal State</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getMachine <em>Machine</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getCustomizationPointer <em>Customization Pointer</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getAppliedItems <em>Applied Items</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getStorage <em>Storage</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getBackingLocation <em>Backing Location</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getCloneMethod <em>Clone Method</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getFirstBoot <em>First Boot</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#getCapturedAs <em>Captured As</em>}</li>
 *   <li>{@link org.encompass.model.impl.CloneImpl#isFlushPending <em>Flush Pending</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CloneImpl extends CDOObjectImpl implements Clone {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CloneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CLONE;
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
		return (String)eGet(ModelPackage.Literals.CLONE__NAME, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eSet(ModelPackage.Literals.CLONE__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Master getMaster() {
		return (Master)eGet(ModelPackage.Literals.CLONE__MASTER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaster(Master newMaster) {
		eSet(ModelPackage.Literals.CLONE__MASTER, newMaster);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metastate getMetastate() {
		return (Metastate)eGet(ModelPackage.Literals.CLONE__METASTATE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetastate(Metastate newMetastate) {
		eSet(ModelPackage.Literals.CLONE__METASTATE, newMetastate);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Placement getPlacement() {
		return (Placement)eGet(ModelPackage.Literals.CLONE__PLACEMENT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlacement(Placement newPlacement) {
		eSet(ModelPackage.Literals.CLONE__PLACEMENT, newPlacement);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalState getTerminalState() {
		return (TerminalState)eGet(ModelPackage.Literals.CLONE__TERMINAL_STATE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerminalState(TerminalState newTerminalState) {
		eSet(ModelPackage.Literals.CLONE__TERMINAL_STATE, newTerminalState);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Machine getMachine() {
		return (Machine)eGet(ModelPackage.Literals.CLONE__MACHINE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMachine(Machine newMachine) {
		eSet(ModelPackage.Literals.CLONE__MACHINE, newMachine);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<Variable> getVariables() {
		return (EList<Variable>)eGet(ModelPackage.Literals.CLONE__VARIABLES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCustomizationPointer() {
		return (Integer)eGet(ModelPackage.Literals.CLONE__CUSTOMIZATION_POINTER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomizationPointer(int newCustomizationPointer) {
		eSet(ModelPackage.Literals.CLONE__CUSTOMIZATION_POINTER, newCustomizationPointer);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<AppliedItem> getAppliedItems() {
		return (EList<AppliedItem>)eGet(ModelPackage.Literals.CLONE__APPLIED_ITEMS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageDevice getStorage() {
		return (StorageDevice)eGet(ModelPackage.Literals.CLONE__STORAGE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorage(StorageDevice newStorage) {
		eSet(ModelPackage.Literals.CLONE__STORAGE, newStorage);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return (String)eGet(ModelPackage.Literals.CLONE__LOCATION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		eSet(ModelPackage.Literals.CLONE__LOCATION, newLocation);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageFormat getFormat() {
		return (ImageFormat)eGet(ModelPackage.Literals.CLONE__FORMAT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(ImageFormat newFormat) {
		eSet(ModelPackage.Literals.CLONE__FORMAT, newFormat);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackingLocation() {
		return (String)eGet(ModelPackage.Literals.CLONE__BACKING_LOCATION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackingLocation(String newBackingLocation) {
		eSet(ModelPackage.Literals.CLONE__BACKING_LOCATION, newBackingLocation);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CloneMethod getCloneMethod() {
		return (CloneMethod)eGet(ModelPackage.Literals.CLONE__CLONE_METHOD, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCloneMethod(CloneMethod newCloneMethod) {
		eSet(ModelPackage.Literals.CLONE__CLONE_METHOD, newCloneMethod);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return (Date)eGet(ModelPackage.Literals.CLONE__CREATED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		eSet(ModelPackage.Literals.CLONE__CREATED, newCreated);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFirstBoot() {
		return (Date)eGet(ModelPackage.Literals.CLONE__FIRST_BOOT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstBoot(Date newFirstBoot) {
		eSet(ModelPackage.Literals.CLONE__FIRST_BOOT, newFirstBoot);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Master getCapturedAs() {
		return (Master)eGet(ModelPackage.Literals.CLONE__CAPTURED_AS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapturedAs(Master newCapturedAs) {
		eSet(ModelPackage.Literals.CLONE__CAPTURED_AS, newCapturedAs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFlushPending() {
		return (Boolean)eGet(ModelPackage.Literals.CLONE__FLUSH_PENDING, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlushPending(boolean newFlushPending) {
		eSet(ModelPackage.Literals.CLONE__FLUSH_PENDING, newFlushPending);
	}

} //CloneImpl
