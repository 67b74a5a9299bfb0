/**
 */
package org.encompass.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.MachineRequirements;
import org.encompass.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Machine Requirements</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.MachineRequirementsImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineRequirementsImpl#getMinCpus <em>Min Cpus</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineRequirementsImpl#getMinMemoryMiB <em>Min Memory Mi B</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineRequirementsImpl#getMinDiskGiB <em>Min Disk Gi B</em>}</li>
 *   <li>{@link org.encompass.model.impl.MachineRequirementsImpl#getSegment <em>Segment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MachineRequirementsImpl extends CDOObjectImpl implements MachineRequirements {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MachineRequirementsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MACHINE_REQUIREMENTS;
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
	public String getArchitecture() {
		return (String)eGet(ModelPackage.Literals.MACHINE_REQUIREMENTS__ARCHITECTURE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(String newArchitecture) {
		eSet(ModelPackage.Literals.MACHINE_REQUIREMENTS__ARCHITECTURE, newArchitecture);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinCpus() {
		return (Integer)eGet(ModelPackage.Literals.MACHINE_REQUIREMENTS__MIN_CPUS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinCpus(int newMinCpus) {
		eSet(ModelPackage.Literals.MACHINE_REQUIREMENTS__MIN_CPUS, newMinCpus);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMinMemoryMiB() {
		return (Long)eGet(ModelPackage.Literals.MACHINE_REQUIREMENTS__MIN_MEMORY_MI_B, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinMemoryMiB(long newMinMemoryMiB) {
		eSet(ModelPackage.Literals.MACHINE_REQUIREMENTS__MIN_MEMORY_MI_B, newMinMemoryMiB);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMinDiskGiB() {
		return (Long)eGet(ModelPackage.Literals.MACHINE_REQUIREMENTS__MIN_DISK_GI_B, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinDiskGiB(long newMinDiskGiB) {
		eSet(ModelPackage.Literals.MACHINE_REQUIREMENTS__MIN_DISK_GI_B, newMinDiskGiB);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSegment() {
		return (String)eGet(ModelPackage.Literals.MACHINE_REQUIREMENTS__SEGMENT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(String newSegment) {
		eSet(ModelPackage.Literals.MACHINE_REQUIREMENTS__SEGMENT, newSegment);
	}

} //MachineRequirementsImpl
