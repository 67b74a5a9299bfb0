/**
 */
package org.encompass.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.ImageFormat;
import org.encompass.model.ModelPackage;
import org.encompass.model.Volume;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volume</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.VolumeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.impl.VolumeImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.encompass.model.impl.VolumeImpl#getCapacityBytes <em>Capacity Bytes</em>}</li>
 *   <li>{@link org.encompass.model.impl.VolumeImpl#getAllocationBytes <em>Allocation Bytes</em>}</li>
 *   <li>{@link org.encompass.model.impl.VolumeImpl#getFormat <em>Format</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeImpl extends CDOObjectImpl implements Volume {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.VOLUME;
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
		return (String)eGet(ModelPackage.Literals.VOLUME__NAME, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eSet(ModelPackage.Literals.VOLUME__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return (String)eGet(ModelPackage.Literals.VOLUME__LOCATION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		eSet(ModelPackage.Literals.VOLUME__LOCATION, newLocation);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCapacityBytes() {
		return (Long)eGet(ModelPackage.Literals.VOLUME__CAPACITY_BYTES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacityBytes(long newCapacityBytes) {
		eSet(ModelPackage.Literals.VOLUME__CAPACITY_BYTES, newCapacityBytes);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAllocationBytes() {
		return (Long)eGet(ModelPackage.Literals.VOLUME__ALLOCATION_BYTES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllocationBytes(long newAllocationBytes) {
		eSet(ModelPackage.Literals.VOLUME__ALLOCATION_BYTES, newAllocationBytes);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageFormat getFormat() {
		return (ImageFormat)eGet(ModelPackage.Literals.VOLUME__FORMAT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(ImageFormat newFormat) {
		eSet(ModelPackage.Literals.VOLUME__FORMAT, newFormat);
	}

} //VolumeImpl
