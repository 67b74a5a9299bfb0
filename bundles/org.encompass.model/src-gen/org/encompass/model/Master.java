/**
 */
package org.encompass.model;

import java.util.Date;

import org.eclipse.emf.cdo.CDOObject;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Master</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A golden disk image from which clones are made; never booted itself.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.Master#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.Master#getVersion <em>Version</em>}</li>
 *   <li>{@link org.encompass.model.Master#getDescription <em>Description</em>}</li>
 *   <li>{@link org.encompass.model.Master#getServiceProfile <em>Service Profile</em>}</li>
 *   <li>{@link org.encompass.model.Master#getSoftwareProfile <em>Software Profile</em>}</li>
 *   <li>{@link org.encompass.model.Master#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link org.encompass.model.Master#getFormat <em>Format</em>}</li>
 *   <li>{@link org.encompass.model.Master#getSizeBytes <em>Size Bytes</em>}</li>
 *   <li>{@link org.encompass.model.Master#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.encompass.model.Master#getStorage <em>Storage</em>}</li>
 *   <li>{@link org.encompass.model.Master#getLocation <em>Location</em>}</li>
 *   <li>{@link org.encompass.model.Master#getCustomizationItems <em>Customization Items</em>}</li>
 *   <li>{@link org.encompass.model.Master#getParent <em>Parent</em>}</li>
 *   <li>{@link org.encompass.model.Master#getSourceClone <em>Source Clone</em>}</li>
 *   <li>{@link org.encompass.model.Master#getClones <em>Clones</em>}</li>
 *   <li>{@link org.encompass.model.Master#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getMaster()
 * @model
 * @extends CDOObject
 * @generated
 */
public interface Master extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The master's name, unique within its site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.encompass.model.ModelPackage#getMaster_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operator's version label of the image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.encompass.model.ModelPackage#getMaster_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text saying what the image contains.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.encompass.model.ModelPackage#getMaster_Description()
	 * @model annotation="http://www.eclipse.org/CDO/DBStore columnType='CLOB'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Service Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The service the image provides, for example web server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Profile</em>' attribute.
	 * @see #setServiceProfile(String)
	 * @see org.encompass.model.ModelPackage#getMaster_ServiceProfile()
	 * @model
	 * @generated
	 */
	String getServiceProfile();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getServiceProfile <em>Service Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Profile</em>' attribute.
	 * @see #getServiceProfile()
	 * @generated
	 */
	void setServiceProfile(String value);

	/**
	 * Returns the value of the '<em><b>Software Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operating system and software installed in the image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Software Profile</em>' attribute.
	 * @see #setSoftwareProfile(String)
	 * @see org.encompass.model.ModelPackage#getMaster_SoftwareProfile()
	 * @model
	 * @generated
	 */
	String getSoftwareProfile();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getSoftwareProfile <em>Software Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Software Profile</em>' attribute.
	 * @see #getSoftwareProfile()
	 * @generated
	 */
	void setSoftwareProfile(String value);

	/**
	 * Returns the value of the '<em><b>Requirements</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a machine needs to run clones of this master; none means any machine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requirements</em>' containment reference.
	 * @see #setRequirements(MachineRequirements)
	 * @see org.encompass.model.ModelPackage#getMaster_Requirements()
	 * @model containment="true"
	 * @generated
	 */
	MachineRequirements getRequirements();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getRequirements <em>Requirements</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requirements</em>' containment reference.
	 * @see #getRequirements()
	 * @generated
	 */
	void setRequirements(MachineRequirements value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.encompass.model.ImageFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On-disk format of the master image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.encompass.model.ImageFormat
	 * @see #setFormat(ImageFormat)
	 * @see org.encompass.model.ModelPackage#getMaster_Format()
	 * @model
	 * @generated
	 */
	ImageFormat getFormat();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.encompass.model.ImageFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(ImageFormat value);

	/**
	 * Returns the value of the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual size of the disk image in bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size Bytes</em>' attribute.
	 * @see #setSizeBytes(long)
	 * @see org.encompass.model.ModelPackage#getMaster_SizeBytes()
	 * @model
	 * @generated
	 */
	long getSizeBytes();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getSizeBytes <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Bytes</em>' attribute.
	 * @see #getSizeBytes()
	 * @generated
	 */
	void setSizeBytes(long value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hex SHA-256 of the image file, taken when the master was registered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.encompass.model.ModelPackage#getMaster_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Storage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The storage device that holds the image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Storage</em>' reference.
	 * @see #setStorage(StorageDevice)
	 * @see org.encompass.model.ModelPackage#getMaster_Storage()
	 * @model
	 * @generated
	 */
	StorageDevice getStorage();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getStorage <em>Storage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage</em>' reference.
	 * @see #getStorage()
	 * @generated
	 */
	void setStorage(StorageDevice value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the image lives on its storage device, in the driver's terms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.encompass.model.ModelPackage#getMaster_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Customization Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.CustomizationItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Edits applied in order inside a clone's image when it is assigned to a machine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customization Items</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getMaster_CustomizationItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomizationItem> getCustomizationItems();

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The master this one was captured from a clone of, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Master)
	 * @see org.encompass.model.ModelPackage#getMaster_Parent()
	 * @model
	 * @generated
	 */
	Master getParent();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Master value);

	/**
	 * Returns the value of the '<em><b>Source Clone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clone this master was captured from, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Clone</em>' reference.
	 * @see #setSourceClone(Clone)
	 * @see org.encompass.model.ModelPackage#getMaster_SourceClone()
	 * @model
	 * @generated
	 */
	Clone getSourceClone();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getSourceClone <em>Source Clone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Clone</em>' reference.
	 * @see #getSourceClone()
	 * @generated
	 */
	void setSourceClone(Clone value);

	/**
	 * Returns the value of the '<em><b>Clones</b></em>' reference list.
	 * The list contents are of type {@link org.encompass.model.Clone}.
	 * It is bidirectional and its opposite is '{@link org.encompass.model.Clone#getMaster <em>Master</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clones made from this master, live and terminal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clones</em>' reference list.
	 * @see org.encompass.model.ModelPackage#getMaster_Clones()
	 * @see org.encompass.model.Clone#getMaster
	 * @model opposite="master"
	 * @generated
	 */
	EList<Clone> getClones();

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the master was registered or captured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.encompass.model.ModelPackage#getMaster_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.encompass.model.Master#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

} // Master
