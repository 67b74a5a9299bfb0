/**
 */
package org.encompass.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File Replacement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Replaces, or creates, a whole file inside the image.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.FileReplacement#getContent <em>Content</em>}</li>
 *   <li>{@link org.encompass.model.FileReplacement#isTemplate <em>Template</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getFileReplacement()
 * @model
 * @generated
 */
public interface FileReplacement extends CustomizationItem {
	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new content of the file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(String)
	 * @see org.encompass.model.ModelPackage#getFileReplacement_Content()
	 * @model annotation="http://www.eclipse.org/CDO/DBStore columnType='CLOB'"
	 * @generated
	 */
	String getContent();

	/**
	 * Sets the value of the '{@link org.encompass.model.FileReplacement#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(String value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether ${name} in the content is replaced by the clone's variable of that name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template</em>' attribute.
	 * @see #setTemplate(boolean)
	 * @see org.encompass.model.ModelPackage#getFileReplacement_Template()
	 * @model
	 * @generated
	 */
	boolean isTemplate();

	/**
	 * Sets the value of the '{@link org.encompass.model.FileReplacement#isTemplate <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' attribute.
	 * @see #isTemplate()
	 * @generated
	 */
	void setTemplate(boolean value);

} // FileReplacement
