/**
 */
package org.encompass.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.encompass.model.Blade;
import org.encompass.model.Chassis;
import org.encompass.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Blade</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.BladeImpl#getChassis <em>Chassis</em>}</li>
 *   <li>{@link org.encompass.model.impl.BladeImpl#getSlot <em>Slot</em>}</li>
 *   <li>{@link org.encompass.model.impl.BladeImpl#getBmcAddress <em>Bmc Address</em>}</li>
 *   <li>{@link org.encompass.model.impl.BladeImpl#getBootDevice <em>Boot Device</em>}</li>
 *   <li>{@link org.encompass.model.impl.BladeImpl#getBootTarget <em>Boot Target</em>}</li>
 *   <li>{@link org.encompass.model.impl.BladeImpl#getBootLun <em>Boot Lun</em>}</li>
 *   <li>{@link org.encompass.model.impl.BladeImpl#getBootPortal <em>Boot Portal</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BladeImpl extends MachineImpl implements Blade {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BladeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.BLADE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Chassis getChassis() {
		return (Chassis)eGet(ModelPackage.Literals.BLADE__CHASSIS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChassis(Chassis newChassis) {
		eSet(ModelPackage.Literals.BLADE__CHASSIS, newChassis);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot() {
		return (String)eGet(ModelPackage.Literals.BLADE__SLOT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot(String newSlot) {
		eSet(ModelPackage.Literals.BLADE__SLOT, newSlot);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBmcAddress() {
		return (String)eGet(ModelPackage.Literals.BLADE__BMC_ADDRESS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBmcAddress(String newBmcAddress) {
		eSet(ModelPackage.Literals.BLADE__BMC_ADDRESS, newBmcAddress);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBootDevice() {
		return (String)eGet(ModelPackage.Literals.BLADE__BOOT_DEVICE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootDevice(String newBootDevice) {
		eSet(ModelPackage.Literals.BLADE__BOOT_DEVICE, newBootDevice);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBootTarget() {
		return (String)eGet(ModelPackage.Literals.BLADE__BOOT_TARGET, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootTarget(String newBootTarget) {
		eSet(ModelPackage.Literals.BLADE__BOOT_TARGET, newBootTarget);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBootLun() {
		return (Integer)eGet(ModelPackage.Literals.BLADE__BOOT_LUN, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootLun(int newBootLun) {
		eSet(ModelPackage.Literals.BLADE__BOOT_LUN, newBootLun);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBootPortal() {
		return (String)eGet(ModelPackage.Literals.BLADE__BOOT_PORTAL, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootPortal(String newBootPortal) {
		eSet(ModelPackage.Literals.BLADE__BOOT_PORTAL, newBootPortal);
	}

} //BladeImpl
