/**
 */
package org.encompass.model;

import java.util.Date;

import org.eclipse.emf.cdo.CDOObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journal Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The record of one operation: who ran what on which target, and how it ended.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.JournalEntry#getId <em>Id</em>}</li>
 *   <li>{@link org.encompass.model.JournalEntry#getOperation <em>Operation</em>}</li>
 *   <li>{@link org.encompass.model.JournalEntry#getTarget <em>Target</em>}</li>
 *   <li>{@link org.encompass.model.JournalEntry#getArguments <em>Arguments</em>}</li>
 *   <li>{@link org.encompass.model.JournalEntry#getUser <em>User</em>}</li>
 *   <li>{@link org.encompass.model.JournalEntry#getStarted <em>Started</em>}</li>
 *   <li>{@link org.encompass.model.JournalEntry#getEnded <em>Ended</em>}</li>
 *   <li>{@link org.encompass.model.JournalEntry#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.encompass.model.JournalEntry#getMessage <em>Message</em>}</li>
 *   <li>{@link org.encompass.model.JournalEntry#getStateBefore <em>State Before</em>}</li>
 *   <li>{@link org.encompass.model.JournalEntry#getStateAfter <em>State After</em>}</li>
 *   <li>{@link org.encompass.model.JournalEntry#getRetriedBy <em>Retried By</em>}</li>
 * </ul>
 *
 * @see org.encompass.model.ModelPackage#getJournalEntry()
 * @model
 * @extends CDOObject
 * @generated
 */
public interface JournalEntry extends CDOObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sequence number of the entry within its site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.encompass.model.ModelPackage#getJournalEntry_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.encompass.model.JournalEntry#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operation's name, for example assign.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operation</em>' attribute.
	 * @see #setOperation(String)
	 * @see org.encompass.model.ModelPackage#getJournalEntry_Operation()
	 * @model
	 * @generated
	 */
	String getOperation();

	/**
	 * Sets the value of the '{@link org.encompass.model.JournalEntry#getOperation <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation</em>' attribute.
	 * @see #getOperation()
	 * @generated
	 */
	void setOperation(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the object the operation acted on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.encompass.model.ModelPackage#getJournalEntry_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.encompass.model.JournalEntry#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Arguments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operation's other arguments, as text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arguments</em>' attribute.
	 * @see #setArguments(String)
	 * @see org.encompass.model.ModelPackage#getJournalEntry_Arguments()
	 * @model annotation="http://www.eclipse.org/CDO/DBStore columnType='CLOB'"
	 * @generated
	 */
	String getArguments();

	/**
	 * Sets the value of the '{@link org.encompass.model.JournalEntry#getArguments <em>Arguments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arguments</em>' attribute.
	 * @see #getArguments()
	 * @generated
	 */
	void setArguments(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operator who ran the operation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see org.encompass.model.ModelPackage#getJournalEntry_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link org.encompass.model.JournalEntry#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the operation started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(Date)
	 * @see org.encompass.model.ModelPackage#getJournalEntry_Started()
	 * @model
	 * @generated
	 */
	Date getStarted();

	/**
	 * Sets the value of the '{@link org.encompass.model.JournalEntry#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(Date value);

	/**
	 * Returns the value of the '<em><b>Ended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the operation ended; none while it runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ended</em>' attribute.
	 * @see #setEnded(Date)
	 * @see org.encompass.model.ModelPackage#getJournalEntry_Ended()
	 * @model
	 * @generated
	 */
	Date getEnded();

	/**
	 * Sets the value of the '{@link org.encompass.model.JournalEntry#getEnded <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended</em>' attribute.
	 * @see #getEnded()
	 * @generated
	 */
	void setEnded(Date value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.encompass.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the operation ended, or RUNNING.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.encompass.model.Outcome
	 * @see #setOutcome(Outcome)
	 * @see org.encompass.model.ModelPackage#getJournalEntry_Outcome()
	 * @model
	 * @generated
	 */
	Outcome getOutcome();

	/**
	 * Sets the value of the '{@link org.encompass.model.JournalEntry#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.encompass.model.Outcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(Outcome value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What went wrong, or a short summary of what was done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.encompass.model.ModelPackage#getJournalEntry_Message()
	 * @model annotation="http://www.eclipse.org/CDO/DBStore columnType='CLOB'"
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.encompass.model.JournalEntry#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>State Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target's state before the operation, as text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State Before</em>' attribute.
	 * @see #setStateBefore(String)
	 * @see org.encompass.model.ModelPackage#getJournalEntry_StateBefore()
	 * @model
	 * @generated
	 */
	String getStateBefore();

	/**
	 * Sets the value of the '{@link org.encompass.model.JournalEntry#getStateBefore <em>State Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Before</em>' attribute.
	 * @see #getStateBefore()
	 * @generated
	 */
	void setStateBefore(String value);

	/**
	 * Returns the value of the '<em><b>State After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target's state after the operation, as text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State After</em>' attribute.
	 * @see #setStateAfter(String)
	 * @see org.encompass.model.ModelPackage#getJournalEntry_StateAfter()
	 * @model
	 * @generated
	 */
	String getStateAfter();

	/**
	 * Sets the value of the '{@link org.encompass.model.JournalEntry#getStateAfter <em>State After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State After</em>' attribute.
	 * @see #getStateAfter()
	 * @generated
	 */
	void setStateAfter(String value);

	/**
	 * Returns the value of the '<em><b>Retried By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the journal entry that retried this operation successfully; 0 while none did.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retried By</em>' attribute.
	 * @see #setRetriedBy(long)
	 * @see org.encompass.model.ModelPackage#getJournalEntry_RetriedBy()
	 * @model
	 * @generated
	 */
	long getRetriedBy();

	/**
	 * Sets the value of the '{@link org.encompass.model.JournalEntry#getRetriedBy <em>Retried By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retried By</em>' attribute.
	 * @see #getRetriedBy()
	 * @generated
	 */
	void setRetriedBy(long value);

} // JournalEntry
