/**
 */
package org.encompass.model.impl;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

import org.encompass.model.Chassis;
import org.encompass.model.Clone;
import org.encompass.model.Conflict;
import org.encompass.model.HypervisorHost;
import org.encompass.model.JournalEntry;
import org.encompass.model.Master;
import org.encompass.model.ModelPackage;
import org.encompass.model.ServiceUpdate;
import org.encompass.model.Site;
import org.encompass.model.StorageDevice;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.encompass.model.impl.SiteImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.encompass.model.impl.SiteImpl#getMasters <em>Masters</em>}</li>
 *   <li>{@link org.encompass.model.impl.SiteImpl#getClones <em>Clones</em>}</li>
 *   <li>{@link org.encompass.model.impl.SiteImpl#getStorageDevices <em>Storage Devices</em>}</li>
 *   <li>{@link org.encompass.model.impl.SiteImpl#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.encompass.model.impl.SiteImpl#getChassis <em>Chassis</em>}</li>
 *   <li>{@link org.encompass.model.impl.SiteImpl#getJournal <em>Journal</em>}</li>
 *   <li>{@link org.encompass.model.impl.SiteImpl#getNextJournalId <em>Next Journal Id</em>}</li>
 *   <li>{@link org.encompass.model.impl.SiteImpl#getConflicts <em>Conflicts</em>}</li>
 *   <li>{@link org.encompass.model.impl.SiteImpl#getNextConflictId <em>Next Conflict Id</em>}</li>
 *   <li>{@link org.encompass.model.impl.SiteImpl#getUpdates <em>Updates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SiteImpl extends CDOObjectImpl implements Site {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SITE;
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
	public String getName() {
		return (String)eGet(ModelPackage.Literals.SITE__NAME, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eSet(ModelPackage.Literals.SITE__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<Master> getMasters() {
		return (EList<Master>)eGet(ModelPackage.Literals.SITE__MASTERS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<Clone> getClones() {
		return (EList<Clone>)eGet(ModelPackage.Literals.SITE__CLONES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<StorageDevice> getStorageDevices() {
		return (EList<StorageDevice>)eGet(ModelPackage.Literals.SITE__STORAGE_DEVICES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<HypervisorHost> getHosts() {
		return (EList<HypervisorHost>)eGet(ModelPackage.Literals.SITE__HOSTS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<Chassis> getChassis() {
		return (EList<Chassis>)eGet(ModelPackage.Literals.SITE__CHASSIS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<JournalEntry> getJournal() {
		return (EList<JournalEntry>)eGet(ModelPackage.Literals.SITE__JOURNAL, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getNextJournalId() {
		return (Long)eGet(ModelPackage.Literals.SITE__NEXT_JOURNAL_ID, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextJournalId(long newNextJournalId) {
		eSet(ModelPackage.Literals.SITE__NEXT_JOURNAL_ID, newNextJournalId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<Conflict> getConflicts() {
		return (EList<Conflict>)eGet(ModelPackage.Literals.SITE__CONFLICTS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getNextConflictId() {
		return (Long)eGet(ModelPackage.Literals.SITE__NEXT_CONFLICT_ID, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextConflictId(long newNextConflictId) {
		eSet(ModelPackage.Literals.SITE__NEXT_CONFLICT_ID, newNextConflictId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<ServiceUpdate> getUpdates() {
		return (EList<ServiceUpdate>)eGet(ModelPackage.Literals.SITE__UPDATES, true);
	}

} //SiteImpl
