/**
 */
package org.encompass.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.encompass.model.FileReplacement;
import org.encompass.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>File Replacement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.FileReplacementImpl#getContent <em>Content</em>}</li>
 *   <li>{@link org.encompass.model.impl.FileReplacementImpl#isTemplate <em>Template</em>}</li>
 *   <li>{@link org.encompass.model.impl.FileReplacementImpl#getContentSha256 <em>Content Sha256</em>}</li>
 *   <li>{@link org.encompass.model.impl.FileReplacementImpl#getContentSize <em>Content Size</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FileReplacementImpl extends CustomizationItemImpl implements FileReplacement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FileReplacementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.FILE_REPLACEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContent() {
		return (String)eGet(ModelPackage.Literals.FILE_REPLACEMENT__CONTENT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContent(String newContent) {
		eSet(ModelPackage.Literals.FILE_REPLACEMENT__CONTENT, newContent);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTemplate() {
		return (Boolean)eGet(ModelPackage.Literals.FILE_REPLACEMENT__TEMPLATE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(boolean newTemplate) {
		eSet(ModelPackage.Literals.FILE_REPLACEMENT__TEMPLATE, newTemplate);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentSha256() {
		return (String)eGet(ModelPackage.Literals.FILE_REPLACEMENT__CONTENT_SHA256, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentSha256(String newContentSha256) {
		eSet(ModelPackage.Literals.FILE_REPLACEMENT__CONTENT_SHA256, newContentSha256);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getContentSize() {
		return (Long)eGet(ModelPackage.Literals.FILE_REPLACEMENT__CONTENT_SIZE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentSize(long newContentSize) {
		eSet(ModelPackage.Literals.FILE_REPLACEMENT__CONTENT_SIZE, newContentSize);
	}

} //FileReplacementImpl
