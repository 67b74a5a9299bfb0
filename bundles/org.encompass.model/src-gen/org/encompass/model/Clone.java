/**
 */
package org.encompass.model;

import java.util.Date;

import org.eclipse.emf.cdo.CDOObject;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Clone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A copy of a master's image that a machine boots; its state is metastate x placement, or terminal.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.Clone#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getMaster <em>Master</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getMetastate <em>Metastate</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getPlacement <em>Placement</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getTerminalState <em>Terminal State</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getMachine <em>Machine</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getCustomizationPointer <em>Customization Pointer</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getAppliedItems <em>Applied Items</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getStorage <em>Storage</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getLocation <em>Location</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getFormat <em>Format</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getBackingLocation <em>Backing Location</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getCloneMethod <em>Clone Method</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getCreated <em>Created</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getFirstBoot <em>First Boot</em>}</li>
 *   <li>{@link org.encompass.model.Clone#getCapturedAs <em>Captured As</em>}</li>
 *   <li>{@link org.encompass.model.Clone#isFlushPending <em>Flush Pending</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getClone()
 * @model
 * @extends CDOObject
 * @generated
 */
public interface Clone extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clone's name, unique within its site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.encompass.model.ModelPackage#getClone_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Master</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.encompass.model.Master#getClones <em>Clones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The master the clone was made from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Master</em>' reference.
	 * @see #setMaster(Master)
	 * @see org.encompass.model.ModelPackage#getClone_Master()
	 * @see org.encompass.model.Master#getClones
	 * @model opposite="clones"
	 * @generated
	 */
	Master getMaster();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getMaster <em>Master</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Master</em>' reference.
	 * @see #getMaster()
	 * @generated
	 */
	void setMaster(Master value);

	/**
	 * Returns the value of the '<em><b>Metastate</b></em>' attribute.
	 * The literals are from the enumeration {@link org.encompass.model.Metastate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the clone is for: clean, operational or maintenance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metastate</em>' attribute.
	 * @see org.encompass.model.Metastate
	 * @see #setMetastate(Metastate)
	 * @see org.encompass.model.ModelPackage#getClone_Metastate()
	 * @model
	 * @generated
	 */
	Metastate getMetastate();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getMetastate <em>Metastate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metastate</em>' attribute.
	 * @see org.encompass.model.Metastate
	 * @see #getMetastate()
	 * @generated
	 */
	void setMetastate(Metastate value);

	/**
	 * Returns the value of the '<em><b>Placement</b></em>' attribute.
	 * The literals are from the enumeration {@link org.encompass.model.Placement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the clone is bound to its machine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Placement</em>' attribute.
	 * @see org.encompass.model.Placement
	 * @see #setPlacement(Placement)
	 * @see org.encompass.model.ModelPackage#getClone_Placement()
	 * @model
	 * @generated
	 */
	Placement getPlacement();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getPlacement <em>Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Placement</em>' attribute.
	 * @see org.encompass.model.Placement
	 * @see #getPlacement()
	 * @generated
	 */
	void setPlacement(Placement value);

	/**
	 * Returns the value of the '<em><b>Terminal State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.encompass.model.TerminalState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NONE while the clone is live; DESTROYED or CAPTURED once it has left the lifecycle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Terminal State</em>' attribute.
	 * @see org.encompass.model.TerminalState
	 * @see #setTerminalState(TerminalState)
	 * @see org.encompass.model.ModelPackage#getClone_TerminalState()
	 * @model
	 * @generated
	 */
	TerminalState getTerminalState();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getTerminalState <em>Terminal State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Terminal State</em>' attribute.
	 * @see org.encompass.model.TerminalState
	 * @see #getTerminalState()
	 * @generated
	 */
	void setTerminalState(TerminalState value);

	/**
	 * Returns the value of the '<em><b>Machine</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.encompass.model.Machine#getClone <em>Clone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The machine the clone is assigned to; none while unassigned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Machine</em>' reference.
	 * @see #setMachine(Machine)
	 * @see org.encompass.model.ModelPackage#getClone_Machine()
	 * @see org.encompass.model.Machine#getClone
	 * @model opposite="clone"
	 * @generated
	 */
	Machine getMachine();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getMachine <em>Machine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine</em>' reference.
	 * @see #getMachine()
	 * @generated
	 */
	void setMachine(Machine value);

	/**
	 * Returns the value of the '<em><b>Variables</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clone's customization data, such as hostname and IP address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variables</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getClone_Variables()
	 * @model containment="true"
	 * @generated
	 */
	EList<Variable> getVariables();

	/**
	 * Returns the value of the '<em><b>Customization Pointer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many of the master's customization items are applied to the image (index of the next one).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customization Pointer</em>' attribute.
	 * @see #setCustomizationPointer(int)
	 * @see org.encompass.model.ModelPackage#getClone_CustomizationPointer()
	 * @model
	 * @generated
	 */
	int getCustomizationPointer();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getCustomizationPointer <em>Customization Pointer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customization Pointer</em>' attribute.
	 * @see #getCustomizationPointer()
	 * @generated
	 */
	void setCustomizationPointer(int value);

	/**
	 * Returns the value of the '<em><b>Applied Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.encompass.model.AppliedItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Undo records of the applied customization items, in the order they were applied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applied Items</em>' containment reference list.
	 * @see org.encompass.model.ModelPackage#getClone_AppliedItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<AppliedItem> getAppliedItems();

	/**
	 * Returns the value of the '<em><b>Storage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The storage device that holds the clone's image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Storage</em>' reference.
	 * @see #setStorage(StorageDevice)
	 * @see org.encompass.model.ModelPackage#getClone_Storage()
	 * @model
	 * @generated
	 */
	StorageDevice getStorage();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getStorage <em>Storage</em>}' reference.
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
	 * Where the clone's image lives on its storage device, in the driver's terms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.encompass.model.ModelPackage#getClone_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.encompass.model.ImageFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On-disk format of the clone's image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.encompass.model.ImageFormat
	 * @see #setFormat(ImageFormat)
	 * @see org.encompass.model.ModelPackage#getClone_Format()
	 * @model
	 * @generated
	 */
	ImageFormat getFormat();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.encompass.model.ImageFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(ImageFormat value);

	/**
	 * Returns the value of the '<em><b>Backing Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The image a copy-on-write clone reads unwritten blocks from; empty for a full copy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backing Location</em>' attribute.
	 * @see #setBackingLocation(String)
	 * @see org.encompass.model.ModelPackage#getClone_BackingLocation()
	 * @model
	 * @generated
	 */
	String getBackingLocation();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getBackingLocation <em>Backing Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backing Location</em>' attribute.
	 * @see #getBackingLocation()
	 * @generated
	 */
	void setBackingLocation(String value);

	/**
	 * Returns the value of the '<em><b>Clone Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.encompass.model.CloneMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the storage driver made the clone's image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clone Method</em>' attribute.
	 * @see org.encompass.model.CloneMethod
	 * @see #setCloneMethod(CloneMethod)
	 * @see org.encompass.model.ModelPackage#getClone_CloneMethod()
	 * @model
	 * @generated
	 */
	CloneMethod getCloneMethod();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getCloneMethod <em>Clone Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clone Method</em>' attribute.
	 * @see org.encompass.model.CloneMethod
	 * @see #getCloneMethod()
	 * @generated
	 */
	void setCloneMethod(CloneMethod value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the clone was made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.encompass.model.ModelPackage#getClone_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>First Boot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the clone was first activated, which made it operational; none if never.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Boot</em>' attribute.
	 * @see #setFirstBoot(Date)
	 * @see org.encompass.model.ModelPackage#getClone_FirstBoot()
	 * @model
	 * @generated
	 */
	Date getFirstBoot();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getFirstBoot <em>First Boot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Boot</em>' attribute.
	 * @see #getFirstBoot()
	 * @generated
	 */
	void setFirstBoot(Date value);

	/**
	 * Returns the value of the '<em><b>Captured As</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The master this clone became when it was captured, if it was.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Captured As</em>' reference.
	 * @see #setCapturedAs(Master)
	 * @see org.encompass.model.ModelPackage#getClone_CapturedAs()
	 * @model
	 * @generated
	 */
	Master getCapturedAs();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#getCapturedAs <em>Captured As</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Captured As</em>' reference.
	 * @see #getCapturedAs()
	 * @generated
	 */
	void setCapturedAs(Master value);

	/**
	 * Returns the value of the '<em><b>Flush Pending</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clone was registered while its copy's bytes were still being written back to storage (a write-behind full copy); cleared once they are on disk. After a crash, a clone still pending is checked against its master's SHA-256.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flush Pending</em>' attribute.
	 * @see #setFlushPending(boolean)
	 * @see org.encompass.model.ModelPackage#getClone_FlushPending()
	 * @model
	 * @generated
	 */
	boolean isFlushPending();

	/**
	 * Sets the value of the '{@link org.encompass.model.Clone#isFlushPending <em>Flush Pending</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flush Pending</em>' attribute.
	 * @see #isFlushPending()
	 * @generated
	 */
	void setFlushPending(boolean value);

} // Clone
