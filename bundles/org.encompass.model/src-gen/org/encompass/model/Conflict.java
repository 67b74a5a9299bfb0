/**
 */
package org.encompass.model;

import java.util.Date;

import org.eclipse.emf.cdo.CDOObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conflict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A contradiction discovery found between the physical world and the site's records, which the operator resolves.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.Conflict#getId <em>Id</em>}</li>
 *   <li>{@link org.encompass.model.Conflict#getKind <em>Kind</em>}</li>
 *   <li>{@link org.encompass.model.Conflict#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.encompass.model.Conflict#getDetail <em>Detail</em>}</li>
 *   <li>{@link org.encompass.model.Conflict#getModelValue <em>Model Value</em>}</li>
 *   <li>{@link org.encompass.model.Conflict#getDiscoveredValue <em>Discovered Value</em>}</li>
 *   <li>{@link org.encompass.model.Conflict#getDiscoveredBy <em>Discovered By</em>}</li>
 *   <li>{@link org.encompass.model.Conflict#getDetected <em>Detected</em>}</li>
 *   <li>{@link org.encompass.model.Conflict#isResolved <em>Resolved</em>}</li>
 *   <li>{@link org.encompass.model.Conflict#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.encompass.model.Conflict#getResolvedBy <em>Resolved By</em>}</li>
 *   <li>{@link org.encompass.model.Conflict#getResolvedAt <em>Resolved At</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getConflict()
 * @model
 * @extends CDOObject
 * @generated
 */
public interface Conflict extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique number within the site, in order of detection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.encompass.model.ModelPackage#getConflict_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.encompass.model.Conflict#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What contradicts: mac-mismatch, uuid-mismatch or disk-mismatch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.encompass.model.ModelPackage#getConflict_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.encompass.model.Conflict#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The resource concerned, as operators name it (host/vm).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.encompass.model.ModelPackage#getConflict_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.encompass.model.Conflict#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was found, in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detail</em>' attribute.
	 * @see #setDetail(String)
	 * @see org.encompass.model.ModelPackage#getConflict_Detail()
	 * @model
	 * @generated
	 */
	String getDetail();

	/**
	 * Sets the value of the '{@link org.encompass.model.Conflict#getDetail <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail</em>' attribute.
	 * @see #getDetail()
	 * @generated
	 */
	void setDetail(String value);

	/**
	 * Returns the value of the '<em><b>Model Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value the site records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Value</em>' attribute.
	 * @see #setModelValue(String)
	 * @see org.encompass.model.ModelPackage#getConflict_ModelValue()
	 * @model
	 * @generated
	 */
	String getModelValue();

	/**
	 * Sets the value of the '{@link org.encompass.model.Conflict#getModelValue <em>Model Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Value</em>' attribute.
	 * @see #getModelValue()
	 * @generated
	 */
	void setModelValue(String value);

	/**
	 * Returns the value of the '<em><b>Discovered Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value discovery reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discovered Value</em>' attribute.
	 * @see #setDiscoveredValue(String)
	 * @see org.encompass.model.ModelPackage#getConflict_DiscoveredValue()
	 * @model
	 * @generated
	 */
	String getDiscoveredValue();

	/**
	 * Sets the value of the '{@link org.encompass.model.Conflict#getDiscoveredValue <em>Discovered Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discovered Value</em>' attribute.
	 * @see #getDiscoveredValue()
	 * @generated
	 */
	void setDiscoveredValue(String value);

	/**
	 * Returns the value of the '<em><b>Discovered By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The discovery provider and endpoint that reported it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discovered By</em>' attribute.
	 * @see #setDiscoveredBy(String)
	 * @see org.encompass.model.ModelPackage#getConflict_DiscoveredBy()
	 * @model
	 * @generated
	 */
	String getDiscoveredBy();

	/**
	 * Sets the value of the '{@link org.encompass.model.Conflict#getDiscoveredBy <em>Discovered By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discovered By</em>' attribute.
	 * @see #getDiscoveredBy()
	 * @generated
	 */
	void setDiscoveredBy(String value);

	/**
	 * Returns the value of the '<em><b>Detected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When discovery first found the contradiction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detected</em>' attribute.
	 * @see #setDetected(Date)
	 * @see org.encompass.model.ModelPackage#getConflict_Detected()
	 * @model
	 * @generated
	 */
	Date getDetected();

	/**
	 * Sets the value of the '{@link org.encompass.model.Conflict#getDetected <em>Detected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detected</em>' attribute.
	 * @see #getDetected()
	 * @generated
	 */
	void setDetected(Date value);

	/**
	 * Returns the value of the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the operator has resolved it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolved</em>' attribute.
	 * @see #setResolved(boolean)
	 * @see org.encompass.model.ModelPackage#getConflict_Resolved()
	 * @model
	 * @generated
	 */
	boolean isResolved();

	/**
	 * Sets the value of the '{@link org.encompass.model.Conflict#isResolved <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved</em>' attribute.
	 * @see #isResolved()
	 * @generated
	 */
	void setResolved(boolean value);

	/**
	 * Returns the value of the '<em><b>Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How it was resolved: accept-discovered or keep-model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolution</em>' attribute.
	 * @see #setResolution(String)
	 * @see org.encompass.model.ModelPackage#getConflict_Resolution()
	 * @model
	 * @generated
	 */
	String getResolution();

	/**
	 * Sets the value of the '{@link org.encompass.model.Conflict#getResolution <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution</em>' attribute.
	 * @see #getResolution()
	 * @generated
	 */
	void setResolution(String value);

	/**
	 * Returns the value of the '<em><b>Resolved By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who resolved it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolved By</em>' attribute.
	 * @see #setResolvedBy(String)
	 * @see org.encompass.model.ModelPackage#getConflict_ResolvedBy()
	 * @model
	 * @generated
	 */
	String getResolvedBy();

	/**
	 * Sets the value of the '{@link org.encompass.model.Conflict#getResolvedBy <em>Resolved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved By</em>' attribute.
	 * @see #getResolvedBy()
	 * @generated
	 */
	void setResolvedBy(String value);

	/**
	 * Returns the value of the '<em><b>Resolved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was resolved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resolved At</em>' attribute.
	 * @see #setResolvedAt(Date)
	 * @see org.encompass.model.ModelPackage#getConflict_ResolvedAt()
	 * @model
	 * @generated
	 */
	Date getResolvedAt();

	/**
	 * Sets the value of the '{@link org.encompass.model.Conflict#getResolvedAt <em>Resolved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved At</em>' attribute.
	 * @see #getResolvedAt()
	 * @generated
	 */
	void setResolvedAt(Date value);

} // Conflict
