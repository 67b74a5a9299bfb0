/**
 */
package org.encompass.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Blade</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A physical server in a slot of a blade chassis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.Blade#getChassis <em>Chassis</em>}</li>
 *   <li>{@link org.encompass.model.Blade#getSlot <em>Slot</em>}</li>
 *   <li>{@link org.encompass.model.Blade#getBmcAddress <em>Bmc Address</em>}</li>
 *   <li>{@link org.encompass.model.Blade#getBootDevice <em>Boot Device</em>}</li>
 *   <li>{@link org.encompass.model.Blade#getBootTarget <em>Boot Target</em>}</li>
 *   <li>{@link org.encompass.model.Blade#getBootLun <em>Boot Lun</em>}</li>
 *   <li>{@link org.encompass.model.Blade#getBootPortal <em>Boot Portal</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getBlade()
 * @model
 * @generated
 */
public interface Blade extends Machine {
	/**
	 * Returns the value of the '<em><b>Chassis</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.encompass.model.Chassis#getBlades <em>Blades</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The chassis the blade sits in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chassis</em>' container reference.
	 * @see #setChassis(Chassis)
	 * @see org.encompass.model.ModelPackage#getBlade_Chassis()
	 * @see org.encompass.model.Chassis#getBlades
	 * @model opposite="blades"
	 * @generated
	 */
	Chassis getChassis();

	/**
	 * Sets the value of the '{@link org.encompass.model.Blade#getChassis <em>Chassis</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chassis</em>' container reference.
	 * @see #getChassis()
	 * @generated
	 */
	void setChassis(Chassis value);

	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The chassis slot, as the blade driver names it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(String)
	 * @see org.encompass.model.ModelPackage#getBlade_Slot()
	 * @model
	 * @generated
	 */
	String getSlot();

	/**
	 * Sets the value of the '{@link org.encompass.model.Blade#getSlot <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot</em>' attribute.
	 * @see #getSlot()
	 * @generated
	 */
	void setSlot(String value);

	/**
	 * Returns the value of the '<em><b>Bmc Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Address of the blade's own management controller, if it has one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bmc Address</em>' attribute.
	 * @see #setBmcAddress(String)
	 * @see org.encompass.model.ModelPackage#getBlade_BmcAddress()
	 * @model
	 * @generated
	 */
	String getBmcAddress();

	/**
	 * Sets the value of the '{@link org.encompass.model.Blade#getBmcAddress <em>Bmc Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bmc Address</em>' attribute.
	 * @see #getBmcAddress()
	 * @generated
	 */
	void setBmcAddress(String value);

	/**
	 * Returns the value of the '<em><b>Boot Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the blade boots from on its next start (NETWORK, DISK, UNKNOWN), as its controller reported it or attach set it; empty when not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boot Device</em>' attribute.
	 * @see #setBootDevice(String)
	 * @see org.encompass.model.ModelPackage#getBlade_BootDevice()
	 * @model
	 * @generated
	 */
	String getBootDevice();

	/**
	 * Sets the value of the '{@link org.encompass.model.Blade#getBootDevice <em>Boot Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot Device</em>' attribute.
	 * @see #getBootDevice()
	 * @generated
	 */
	void setBootDevice(String value);

	/**
	 * Returns the value of the '<em><b>Boot Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The iSCSI target (IQN) that serves the blade its boot volume while a clone is attached; empty otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boot Target</em>' attribute.
	 * @see #setBootTarget(String)
	 * @see org.encompass.model.ModelPackage#getBlade_BootTarget()
	 * @model
	 * @generated
	 */
	String getBootTarget();

	/**
	 * Sets the value of the '{@link org.encompass.model.Blade#getBootTarget <em>Boot Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot Target</em>' attribute.
	 * @see #getBootTarget()
	 * @generated
	 */
	void setBootTarget(String value);

	/**
	 * Returns the value of the '<em><b>Boot Lun</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The LUN of the boot volume within bootTarget; 0 when none is mapped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boot Lun</em>' attribute.
	 * @see #setBootLun(int)
	 * @see org.encompass.model.ModelPackage#getBlade_BootLun()
	 * @model
	 * @generated
	 */
	int getBootLun();

	/**
	 * Sets the value of the '{@link org.encompass.model.Blade#getBootLun <em>Boot Lun</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot Lun</em>' attribute.
	 * @see #getBootLun()
	 * @generated
	 */
	void setBootLun(int value);

	/**
	 * Returns the value of the '<em><b>Boot Portal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The iSCSI portal (HOST:PORT) the blade reaches bootTarget at; empty when none is mapped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boot Portal</em>' attribute.
	 * @see #setBootPortal(String)
	 * @see org.encompass.model.ModelPackage#getBlade_BootPortal()
	 * @model
	 * @generated
	 */
	String getBootPortal();

	/**
	 * Sets the value of the '{@link org.encompass.model.Blade#getBootPortal <em>Boot Portal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot Portal</em>' attribute.
	 * @see #getBootPortal()
	 * @generated
	 */
	void setBootPortal(String value);

} // Blade
