/**
 */
package org.encompass.model.impl;

import java.util.Date;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.JournalEntry;
import org.encompass.model.ModelPackage;
import org.encompass.model.Outcome;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Journal Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.JournalEntryImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.encompass.model.impl.JournalEntryImpl#getOperation <em>Operation</em>}</li>
 *   <li>{@link org.encompass.model.impl.JournalEntryImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.encompass.model.impl.JournalEntryImpl#getArguments <em>Arguments</em>}</li>
 *   <li>{@link org.encompass.model.impl.JournalEntryImpl#getUser <em>User</em>}</li>
 *   <li>{@link org.encompass.model.impl.JournalEntryImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link org.encompass.model.impl.JournalEntryImpl#getEnded <em>Ended</em>}</li>
 *   <li>{@link org.encompass.model.impl.JournalEntryImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.encompass.model.impl.JournalEntryImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.encompass.model.impl.JournalEntryImpl#getStateBefore <em>State Before</em>}</li>
 *   <li>{@link org.encompass.model.impl.JournalEntryImpl#getStateAfter <em>State After</em>}</li>
 *   <li>{@link org.encompass.model.impl.JournalEntryImpl#getRetriedBy <em>Retried By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JournalEntryImpl extends CDOObjectImpl implements JournalEntry {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JournalEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.JOURNAL_ENTRY;
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
		return (Long)eGet(ModelPackage.Literals.JOURNAL_ENTRY__ID, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		eSet(ModelPackage.Literals.JOURNAL_ENTRY__ID, newId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperation() {
		return (String)eGet(ModelPackage.Literals.JOURNAL_ENTRY__OPERATION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperation(String newOperation) {
		eSet(ModelPackage.Literals.JOURNAL_ENTRY__OPERATION, newOperation);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return (String)eGet(ModelPackage.Literals.JOURNAL_ENTRY__TARGET, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		eSet(ModelPackage.Literals.JOURNAL_ENTRY__TARGET, newTarget);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArguments() {
		return (String)eGet(ModelPackage.Literals.JOURNAL_ENTRY__ARGUMENTS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArguments(String newArguments) {
		eSet(ModelPackage.Literals.JOURNAL_ENTRY__ARGUMENTS, newArguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return (String)eGet(ModelPackage.Literals.JOURNAL_ENTRY__USER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		eSet(ModelPackage.Literals.JOURNAL_ENTRY__USER, newUser);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStarted() {
		return (Date)eGet(ModelPackage.Literals.JOURNAL_ENTRY__STARTED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(Date newStarted) {
		eSet(ModelPackage.Literals.JOURNAL_ENTRY__STARTED, newStarted);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEnded() {
		return (Date)eGet(ModelPackage.Literals.JOURNAL_ENTRY__ENDED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnded(Date newEnded) {
		eSet(ModelPackage.Literals.JOURNAL_ENTRY__ENDED, newEnded);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outcome getOutcome() {
		return (Outcome)eGet(ModelPackage.Literals.JOURNAL_ENTRY__OUTCOME, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(Outcome newOutcome) {
		eSet(ModelPackage.Literals.JOURNAL_ENTRY__OUTCOME, newOutcome);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return (String)eGet(ModelPackage.Literals.JOURNAL_ENTRY__MESSAGE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		eSet(ModelPackage.Literals.JOURNAL_ENTRY__MESSAGE, newMessage);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStateBefore() {
		return (String)eGet(ModelPackage.Literals.JOURNAL_ENTRY__STATE_BEFORE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateBefore(String newStateBefore) {
		eSet(ModelPackage.Literals.JOURNAL_ENTRY__STATE_BEFORE, newStateBefore);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStateAfter() {
		return (String)eGet(ModelPackage.Literals.JOURNAL_ENTRY__STATE_AFTER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateAfter(String newStateAfter) {
		eSet(ModelPackage.Literals.JOURNAL_ENTRY__STATE_AFTER, newStateAfter);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRetriedBy() {
		return (Long)eGet(ModelPackage.Literals.JOURNAL_ENTRY__RETRIED_BY, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetriedBy(long newRetriedBy) {
		eSet(ModelPackage.Literals.JOURNAL_ENTRY__RETRIED_BY, newRetriedBy);
	}

} //JournalEntryImpl
