/**
 */
package org.encompass.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.AppliedItem;
import org.encompass.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Applied Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.AppliedItemImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.encompass.model.impl.AppliedItemImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.encompass.model.impl.AppliedItemImpl#isExistedBefore <em>Existed Before</em>}</li>
 *   <li>{@link org.encompass.model.impl.AppliedItemImpl#getOriginalContent <em>Original Content</em>}</li>
 *   <li>{@link org.encompass.model.impl.AppliedItemImpl#getAppliedSha256 <em>Applied Sha256</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AppliedItemImpl extends CDOObjectImpl implements AppliedItem {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AppliedItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.APPLIED_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected int eStaticFeatureCount() {
		return 0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return (Integer)eGet(ModelPackage.Literals.APPLIED_ITEM__INDEX, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		eSet(ModelPackage.Literals.APPLIED_ITEM__INDEX, newIndex);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return (String)eGet(ModelPackage.Literals.APPLIED_ITEM__PATH, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		eSet(ModelPackage.Literals.APPLIED_ITEM__PATH, newPath);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExistedBefore() {
		return (Boolean)eGet(ModelPackage.Literals.APPLIED_ITEM__EXISTED_BEFORE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExistedBefore(boolean newExistedBefore) {
		eSet(ModelPackage.Literals.APPLIED_ITEM__EXISTED_BEFORE, newExistedBefore);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getOriginalContent() {
		return (byte[])eGet(ModelPackage.Literals.APPLIED_ITEM__ORIGINAL_CONTENT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalContent(byte[] newOriginalContent) {
		eSet(ModelPackage.Literals.APPLIED_ITEM__ORIGINAL_CONTENT, newOriginalContent);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAppliedSha256() {
		return (String)eGet(ModelPackage.Literals.APPLIED_ITEM__APPLIED_SHA256, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppliedSha256(String newAppliedSha256) {
		eSet(ModelPackage.Literals.APPLIED_ITEM__APPLIED_SHA256, newAppliedSha256);
	}

} //AppliedItemImpl
