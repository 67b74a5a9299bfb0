/**
 */
package org.encompass.model;

import org.eclipse.emf.cdo.CDOObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One image or volume found on a storage device.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.Volume#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.Volume#getLocation <em>Location</em>}</li>
 *   <li>{@link org.encompass.model.Volume#getCapacityBytes <em>Capacity Bytes</em>}</li>
 *   <li>{@link org.encompass.model.Volume#getAllocationBytes <em>Allocation Bytes</em>}</li>
 *   <li>{@link org.encompass.model.Volume#getFormat <em>Format</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getVolume()
 * @model
 * @extends CDOObject
 * @generated
 */
public interface Volume extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The volume's name on its device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.encompass.model.ModelPackage#getVolume_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.encompass.model.Volume#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the volume lives on its device, in the driver's terms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.encompass.model.ModelPackage#getVolume_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.encompass.model.Volume#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Capacity Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual size of the volume in bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity Bytes</em>' attribute.
	 * @see #setCapacityBytes(long)
	 * @see org.encompass.model.ModelPackage#getVolume_CapacityBytes()
	 * @model
	 * @generated
	 */
	long getCapacityBytes();

	/**
	 * Sets the value of the '{@link org.encompass.model.Volume#getCapacityBytes <em>Capacity Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity Bytes</em>' attribute.
	 * @see #getCapacityBytes()
	 * @generated
	 */
	void setCapacityBytes(long value);

	/**
	 * Returns the value of the '<em><b>Allocation Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bytes the volume really occupies on the device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allocation Bytes</em>' attribute.
	 * @see #setAllocationBytes(long)
	 * @see org.encompass.model.ModelPackage#getVolume_AllocationBytes()
	 * @model
	 * @generated
	 */
	long getAllocationBytes();

	/**
	 * Sets the value of the '{@link org.encompass.model.Volume#getAllocationBytes <em>Allocation Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocation Bytes</em>' attribute.
	 * @see #getAllocationBytes()
	 * @generated
	 */
	void setAllocationBytes(long value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.encompass.model.ImageFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On-disk format of the volume.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.encompass.model.ImageFormat
	 * @see #setFormat(ImageFormat)
	 * @see org.encompass.model.ModelPackage#getVolume_Format()
	 * @model
	 * @generated
	 */
	ImageFormat getFormat();

	/**
	 * Sets the value of the '{@link org.encompass.model.Volume#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.encompass.model.ImageFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(ImageFormat value);

} // Volume
