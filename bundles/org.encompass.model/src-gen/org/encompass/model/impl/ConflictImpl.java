/**
 */
package org.encompass.model.impl;

import java.util.Date;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.Conflict;
import org.encompass.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conflict</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.ConflictImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.encompass.model.impl.ConflictImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.encompass.model.impl.ConflictImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.encompass.model.impl.ConflictImpl#getDetail <em>Detail</em>}</li>
 *   <li>{@link org.encompass.model.impl.ConflictImpl#getModelValue <em>Model Value</em>}</li>
 *   <li>{@link org.encompass.model.impl.ConflictImpl#getDiscoveredValue <em>Discovered Value</em>}</li>
 *   <li>{@link org.encompass.model.impl.ConflictImpl#getDiscoveredBy <em>Discovered By</em>}</li>
 *   <li>{@link org.encompass.model.impl.ConflictImpl#getDetected <em>Detected</em>}</li>
 *   <li>{@link org.encompass.model.impl.ConflictImpl#isResolved <em>Resolved</em>}</li>
 *   <li>{@link org.encompass.model.impl.ConflictImpl#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.encompass.model.impl.ConflictImpl#getResolvedBy <em>Resolved By</em>}</li>
 *   <li>{@link org.encompass.model.impl.ConflictImpl#getResolvedAt <em>Resolved At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConflictImpl extends CDOObjectImpl implements Conflict {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConflictImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CONFLICT;
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
	public long getId() {
		return (Long)eGet(ModelPackage.Literals.CONFLICT__ID, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		eSet(ModelPackage.Literals.CONFLICT__ID, newId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return (String)eGet(ModelPackage.Literals.CONFLICT__KIND, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		eSet(ModelPackage.Literals.CONFLICT__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return (String)eGet(ModelPackage.Literals.CONFLICT__SUBJECT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		eSet(ModelPackage.Literals.CONFLICT__SUBJECT, newSubject);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetail() {
		return (String)eGet(ModelPackage.Literals.CONFLICT__DETAIL, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetail(String newDetail) {
		eSet(ModelPackage.Literals.CONFLICT__DETAIL, newDetail);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelValue() {
		return (String)eGet(ModelPackage.Literals.CONFLICT__MODEL_VALUE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelValue(String newModelValue) {
		eSet(ModelPackage.Literals.CONFLICT__MODEL_VALUE, newModelValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiscoveredValue() {
		return (String)eGet(ModelPackage.Literals.CONFLICT__DISCOVERED_VALUE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscoveredValue(String newDiscoveredValue) {
		eSet(ModelPackage.Literals.CONFLICT__DISCOVERED_VALUE, newDiscoveredValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiscoveredBy() {
		return (String)eGet(ModelPackage.Literals.CONFLICT__DISCOVERED_BY, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscoveredBy(String newDiscoveredBy) {
		eSet(ModelPackage.Literals.CONFLICT__DISCOVERED_BY, newDiscoveredBy);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDetected() {
		return (Date)eGet(ModelPackage.Literals.CONFLICT__DETECTED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetected(Date newDetected) {
		eSet(ModelPackage.Literals.CONFLICT__DETECTED, newDetected);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isResolved() {
		return (Boolean)eGet(ModelPackage.Literals.CONFLICT__RESOLVED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolved(boolean newResolved) {
		eSet(ModelPackage.Literals.CONFLICT__RESOLVED, newResolved);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResolution() {
		return (String)eGet(ModelPackage.Literals.CONFLICT__RESOLUTION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolution(String newResolution) {
		eSet(ModelPackage.Literals.CONFLICT__RESOLUTION, newResolution);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResolvedBy() {
		return (String)eGet(ModelPackage.Literals.CONFLICT__RESOLVED_BY, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolvedBy(String newResolvedBy) {
		eSet(ModelPackage.Literals.CONFLICT__RESOLVED_BY, newResolvedBy);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getResolvedAt() {
		return (Date)eGet(ModelPackage.Literals.CONFLICT__RESOLVED_AT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolvedAt(Date newResolvedAt) {
		eSet(ModelPackage.Literals.CONFLICT__RESOLVED_AT, newResolvedAt);
	}

} //ConflictImpl
