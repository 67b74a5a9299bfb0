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
 *   <li>{@link org.encompass.model.FileReplacement#getContentSha256 <em>Content Sha256</em>}</li>
 *   <li>{@link org.encompass.model.FileReplacement#getContentSize <em>Content Size</em>}</li>
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
	 * The new content of the file, when it is kept in the repository: only for a master whose storage device keeps no contents, and in repositories of earlier versions until their first start. Null when the content is stored on the master's storage device, addressed by contentSha256.
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

	/**
	 * Returns the value of the '<em><b>Content Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lowercase hex SHA-256 of the content's UTF-8 bytes; names the content on the master's storage device and is checked whenever the content is read. Null only in repositories of earlier versions until their first start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Sha256</em>' attribute.
	 * @see #setContentSha256(String)
	 * @see org.encompass.model.ModelPackage#getFileReplacement_ContentSha256()
	 * @model
	 * @generated
	 */
	String getContentSha256();

	/**
	 * Sets the value of the '{@link org.encompass.model.FileReplacement#getContentSha256 <em>Content Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Sha256</em>' attribute.
	 * @see #getContentSha256()
	 * @generated
	 */
	void setContentSha256(String value);

	/**
	 * Returns the value of the '<em><b>Content Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of the content in bytes (UTF-8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Size</em>' attribute.
	 * @see #setContentSize(long)
	 * @see org.encompass.model.ModelPackage#getFileReplacement_ContentSize()
	 * @model
	 * @generated
	 */
	long getContentSize();

	/**
	 * Sets the value of the '{@link org.encompass.model.FileReplacement#getContentSize <em>Content Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Size</em>' attribute.
	 * @see #getContentSize()
	 * @generated
	 */
	void setContentSize(long value);

} // FileReplacement
