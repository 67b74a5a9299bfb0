/**
 */
package org.encompass.model;

import java.util.Date;
import org.eclipse.emf.cdo.CDOObject;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Storage Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A place that holds master and clone images, reached through a storage driver.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.StorageDevice#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.StorageDevice#getKind <em>Kind</em>}</li>
 *   <li>{@link org.encompass.model.StorageDevice#getLocation <em>Location</em>}</li>
 *   <li>{@link org.encompass.model.StorageDevice#getDefaultCloneMethod <em>Default Clone Method</em>}</li>
 *   <li>{@link org.encompass.model.StorageDevice#isReachable <em>Reachable</em>}</li>
 *   <li>{@link org.encompass.model.StorageDevice#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link org.encompass.model.StorageDevice#getVolumes <em>Volumes</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getStorageDevice()
 * @model
 * @extends CDOObject
 * @generated
 */
public interface StorageDevice extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operator's name for the device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.encompass.model.ModelPackage#getStorageDevice_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.encompass.model.StorageDevice#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The storage driver kind that serves the device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.encompass.model.ModelPackage#getStorageDevice_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.encompass.model.StorageDevice#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Driver-specific location: a directory for file storage, a pool URI for pools.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.encompass.model.ModelPackage#getStorageDevice_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.encompass.model.StorageDevice#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Default Clone Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.encompass.model.CloneMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clone method used on this device unless the operator picks another.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Clone Method</em>' attribute.
	 * @see org.encompass.model.CloneMethod
	 * @see #setDefaultCloneMethod(CloneMethod)
	 * @see org.encompass.model.ModelPackage#getStorageDevice_DefaultCloneMethod()
	 * @model
	 * @generated
	 */
	CloneMethod getDefaultCloneMethod();

	/**
	 * Sets the value of the '{@link org.encompass.model.StorageDevice#getDefaultCloneMethod <em>Default Clone Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Clone Method</em>' attribute.
	 * @see org.encompass.model.CloneMethod
	 * @see #getDefaultCloneMethod()
	 * @generated
	 */
	void setDefaultCloneMethod(CloneMethod value);

	/**
	 * Returns the value of the '<em><b>Reachable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the device answered when discovery last checked it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reachable</em>' attribute.
	 * @see #setReachable(boolean)
	 * @see org.encompass.model.ModelPackage#getStorageDevice_Reachable()
	 * @model
	 * @generated
	 */
	boolean isReachable();

	/**
	 * Sets the value of the '{@link org.encompass.model.StorageDevice#isReachable <em>Reachable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reachable</em>' attribute.
	 * @see #isReachable()
	 * @generated
	 */
	void setReachable(boolean value);

	/**
	 * Returns the value of the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When discovery last found the device usable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Seen</em>' attribute.
	 * @see #setLastSeen(Date)
	 * @see org.encompass.model.ModelPackage#getStorageDevice_LastSeen()
	 * @model
	 * @generated
	 */
	Date getLastSeen();

	/**
	 * Sets the value of the '{@link org.encompass.model.StorageDevice#getLastSeen <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Seen</em>' attribute.
	 * @see #getLastSeen()
	 * @generated
	 */
	void setLastSeen(Date value);

	/**
	 * Returns the value of the '<em><b>Volumes</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.Volume}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The volumes the device reported the last time it was scanned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volumes</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getStorageDevice_Volumes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Volume> getVolumes();

} // StorageDevice
