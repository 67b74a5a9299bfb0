/**
 */
package org.encompass.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.encompass.model.ModelPackage;
import org.encompass.model.RegexReplacement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Regex Replacement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.RegexReplacementImpl#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.encompass.model.impl.RegexReplacementImpl#getReplacement <em>Replacement</em>}</li>
 *   <li>{@link org.encompass.model.impl.RegexReplacementImpl#getFlags <em>Flags</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegexReplacementImpl extends CustomizationItemImpl implements RegexReplacement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegexReplacementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.REGEX_REPLACEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPattern() {
		return (String)eGet(ModelPackage.Literals.REGEX_REPLACEMENT__PATTERN, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPattern(String newPattern) {
		eSet(ModelPackage.Literals.REGEX_REPLACEMENT__PATTERN, newPattern);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReplacement() {
		return (String)eGet(ModelPackage.Literals.REGEX_REPLACEMENT__REPLACEMENT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplacement(String newReplacement) {
		eSet(ModelPackage.Literals.REGEX_REPLACEMENT__REPLACEMENT, newReplacement);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFlags() {
		return (String)eGet(ModelPackage.Literals.REGEX_REPLACEMENT__FLAGS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(String newFlags) {
		eSet(ModelPackage.Literals.REGEX_REPLACEMENT__FLAGS, newFlags);
	}

} //RegexReplacementImpl
