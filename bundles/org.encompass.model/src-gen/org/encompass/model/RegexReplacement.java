/**
 */
package org.encompass.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Regex Replacement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Replaces every match of a regular expression in a file inside the image.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.RegexReplacement#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.encompass.model.RegexReplacement#getReplacement <em>Replacement</em>}</li>
 *   <li>{@link org.encompass.model.RegexReplacement#getFlags <em>Flags</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getRegexReplacement()
 * @model
 * @generated
 */
public interface RegexReplacement extends CustomizationItem {
	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The regular expression to find, in java.util.regex syntax.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see #setPattern(String)
	 * @see org.encompass.model.ModelPackage#getRegexReplacement_Pattern()
	 * @model
	 * @generated
	 */
	String getPattern();

	/**
	 * Sets the value of the '{@link org.encompass.model.RegexReplacement#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(String value);

	/**
	 * Returns the value of the '<em><b>Replacement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The replacement text; ${name} is replaced by the clone's variable of that name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replacement</em>' attribute.
	 * @see #setReplacement(String)
	 * @see org.encompass.model.ModelPackage#getRegexReplacement_Replacement()
	 * @model annotation="http://www.eclipse.org/CDO/DBStore columnType='CLOB'"
	 * @generated
	 */
	String getReplacement();

	/**
	 * Sets the value of the '{@link org.encompass.model.RegexReplacement#getReplacement <em>Replacement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replacement</em>' attribute.
	 * @see #getReplacement()
	 * @generated
	 */
	void setReplacement(String value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Regular expression flags as letters, for example i for case-insensitive and m for multi-line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(String)
	 * @see org.encompass.model.ModelPackage#getRegexReplacement_Flags()
	 * @model
	 * @generated
	 */
	String getFlags();

	/**
	 * Sets the value of the '{@link org.encompass.model.RegexReplacement#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(String value);

} // RegexReplacement
