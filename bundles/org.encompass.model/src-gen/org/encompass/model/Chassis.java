/**
 */
package org.encompass.model;

import org.eclipse.emf.cdo.CDOObject;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Chassis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A blade chassis, reached through a blade driver at its management address.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.Chassis#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.Chassis#getKind <em>Kind</em>}</li>
 *   <li>{@link org.encompass.model.Chassis#getManagementAddress <em>Management Address</em>}</li>
 *   <li>{@link org.encompass.model.Chassis#getBlades <em>Blades</em>}</li>
 *   <li>{@link org.encompass.model.Chassis#getReachableStorage <em>Reachable Storage</em>}</li>
 *   <li>{@link org.encompass.model.Chassis#getDiscoveredStorage <em>Discovered Storage</em>}</li>
 *   <li>{@link org.encompass.model.Chassis#getFirmware <em>Firmware</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getChassis()
 * @model
 * @extends CDOObject
 * @generated
 */
public interface Chassis extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operator's name for the chassis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.encompass.model.ModelPackage#getChassis_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.encompass.model.Chassis#getName <em>Name</em>}' attribute.
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
	 * The blade driver kind that serves the chassis, for example ipmi.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.encompass.model.ModelPackage#getChassis_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.encompass.model.Chassis#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Management Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Address of the chassis manager or BMC; holds no credentials.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Management Address</em>' attribute.
	 * @see #setManagementAddress(String)
	 * @see org.encompass.model.ModelPackage#getChassis_ManagementAddress()
	 * @model
	 * @generated
	 */
	String getManagementAddress();

	/**
	 * Sets the value of the '{@link org.encompass.model.Chassis#getManagementAddress <em>Management Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Management Address</em>' attribute.
	 * @see #getManagementAddress()
	 * @generated
	 */
	void setManagementAddress(String value);

	/**
	 * Returns the value of the '<em><b>Blades</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.Blade}.
	 * It is bidirectional and its opposite is '{@link org.encompass.model.Blade#getChassis <em>Chassis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The blades in the chassis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blades</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getChassis_Blades()
	 * @see org.encompass.model.Blade#getChassis
	 * @model opposite="chassis" containment="true"
	 * @generated
	 */
	EList<Blade> getBlades();

	/**
	 * Returns the value of the '<em><b>Reachable Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The storage devices its blades can boot from as the operator recorded them, comma-separated names; when empty, discoveredStorage applies, and when both are empty every device counts as reachable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reachable Storage</em>' attribute.
	 * @see #setReachableStorage(String)
	 * @see org.encompass.model.ModelPackage#getChassis_ReachableStorage()
	 * @model
	 * @generated
	 */
	String getReachableStorage();

	/**
	 * Sets the value of the '{@link org.encompass.model.Chassis#getReachableStorage <em>Reachable Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reachable Storage</em>' attribute.
	 * @see #getReachableStorage()
	 * @generated
	 */
	void setReachableStorage(String value);

	/**
	 * Returns the value of the '<em><b>Discovered Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The storage devices the last discovery of the chassis found its blades can boot from, comma-separated names, replaced at every discovery; empty when it found none or could not tell. The operator's reachableStorage, when recorded, stands over it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discovered Storage</em>' attribute.
	 * @see #setDiscoveredStorage(String)
	 * @see org.encompass.model.ModelPackage#getChassis_DiscoveredStorage()
	 * @model
	 * @generated
	 */
	String getDiscoveredStorage();

	/**
	 * Sets the value of the '{@link org.encompass.model.Chassis#getDiscoveredStorage <em>Discovered Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discovered Storage</em>' attribute.
	 * @see #getDiscoveredStorage()
	 * @generated
	 */
	void setDiscoveredStorage(String value);

	/**
	 * Returns the value of the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The chassis management firmware as its controller reports it (name and version), from discovery; empty when not reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Firmware</em>' attribute.
	 * @see #setFirmware(String)
	 * @see org.encompass.model.ModelPackage#getChassis_Firmware()
	 * @model
	 * @generated
	 */
	String getFirmware();

	/**
	 * Sets the value of the '{@link org.encompass.model.Chassis#getFirmware <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware</em>' attribute.
	 * @see #getFirmware()
	 * @generated
	 */
	void setFirmware(String value);

} // Chassis
