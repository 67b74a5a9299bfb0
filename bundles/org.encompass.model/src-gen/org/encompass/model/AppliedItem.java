/**
 */
package org.encompass.model;

import org.eclipse.emf.cdo.CDOObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Applied Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Undo record of one customization item applied to a clone's image.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.AppliedItem#getIndex <em>Index</em>}</li>
 *   <li>{@link org.encompass.model.AppliedItem#getPath <em>Path</em>}</li>
 *   <li>{@link org.encompass.model.AppliedItem#isExistedBefore <em>Existed Before</em>}</li>
 *   <li>{@link org.encompass.model.AppliedItem#getOriginalContent <em>Original Content</em>}</li>
 *   <li>{@link org.encompass.model.AppliedItem#getAppliedSha256 <em>Applied Sha256</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getAppliedItem()
 * @model
 * @extends CDOObject
 * @generated
 */
public interface AppliedItem extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Position of the applied item in the master's customization items.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.encompass.model.ModelPackage#getAppliedItem_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.encompass.model.AppliedItem#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the edited file inside the image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.encompass.model.ModelPackage#getAppliedItem_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.encompass.model.AppliedItem#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Existed Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the file existed before the item was applied; undo deletes it if not.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Existed Before</em>' attribute.
	 * @see #setExistedBefore(boolean)
	 * @see org.encompass.model.ModelPackage#getAppliedItem_ExistedBefore()
	 * @model
	 * @generated
	 */
	boolean isExistedBefore();

	/**
	 * Sets the value of the '{@link org.encompass.model.AppliedItem#isExistedBefore <em>Existed Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Existed Before</em>' attribute.
	 * @see #isExistedBefore()
	 * @generated
	 */
	void setExistedBefore(boolean value);

	/**
	 * Returns the value of the '<em><b>Original Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file's bytes before the item was applied; undo writes them back.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original Content</em>' attribute.
	 * @see #setOriginalContent(byte[])
	 * @see org.encompass.model.ModelPackage#getAppliedItem_OriginalContent()
	 * @model
	 * @generated
	 */
	byte[] getOriginalContent();

	/**
	 * Sets the value of the '{@link org.encompass.model.AppliedItem#getOriginalContent <em>Original Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Content</em>' attribute.
	 * @see #getOriginalContent()
	 * @generated
	 */
	void setOriginalContent(byte[] value);

	/**
	 * Returns the value of the '<em><b>Applied Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hex SHA-256 of the file right after the item was applied, to detect later edits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applied Sha256</em>' attribute.
	 * @see #setAppliedSha256(String)
	 * @see org.encompass.model.ModelPackage#getAppliedItem_AppliedSha256()
	 * @model
	 * @generated
	 */
	String getAppliedSha256();

	/**
	 * Sets the value of the '{@link org.encompass.model.AppliedItem#getAppliedSha256 <em>Applied Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applied Sha256</em>' attribute.
	 * @see #getAppliedSha256()
	 * @generated
	 */
	void setAppliedSha256(String value);

} // AppliedItem
