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

} //BladeImpl
