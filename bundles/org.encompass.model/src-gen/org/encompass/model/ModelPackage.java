/**
 */
package org.encompass.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The ENCOMPASS data-center model: masters, their clones, the machines they run on, storage, and the operation journal of one site.
 * <!-- end-model-doc -->
 * @see org.encompass.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.encompass.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "encompass";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = org.encompass.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.SiteImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Masters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__MASTERS = 1;

	/**
	 * The feature id for the '<em><b>Clones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CLONES = 2;

	/**
	 * The feature id for the '<em><b>Storage Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__STORAGE_DEVICES = 3;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__HOSTS = 4;

	/**
	 * The feature id for the '<em><b>Chassis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CHASSIS = 5;

	/**
	 * The feature id for the '<em><b>Journal</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__JOURNAL = 6;

	/**
	 * The feature id for the '<em><b>Next Journal Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NEXT_JOURNAL_ID = 7;

	/**
	 * The feature id for the '<em><b>Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CONFLICTS = 8;

	/**
	 * The feature id for the '<em><b>Next Conflict Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NEXT_CONFLICT_ID = 9;

	/**
	 * The feature id for the '<em><b>Updates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__UPDATES = 10;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = 11;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.MasterImpl <em>Master</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.MasterImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getMaster()
	 * @generated
	 */
	int MASTER = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Service Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__SERVICE_PROFILE = 3;

	/**
	 * The feature id for the '<em><b>Software Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__SOFTWARE_PROFILE = 4;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__REQUIREMENTS = 5;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__FORMAT = 6;

	/**
	 * The feature id for the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__SIZE_BYTES = 7;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__SHA256 = 8;

	/**
	 * The feature id for the '<em><b>Storage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__STORAGE = 9;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__LOCATION = 10;

	/**
	 * The feature id for the '<em><b>Customization Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__CUSTOMIZATION_ITEMS = 11;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__PARENT = 12;

	/**
	 * The feature id for the '<em><b>Source Clone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__SOURCE_CLONE = 13;

	/**
	 * The feature id for the '<em><b>Clones</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__CLONES = 14;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER__CREATED = 15;

	/**
	 * The number of structural features of the '<em>Master</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASTER_FEATURE_COUNT = 16;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.MachineRequirementsImpl <em>Machine Requirements</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.MachineRequirementsImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getMachineRequirements()
	 * @generated
	 */
	int MACHINE_REQUIREMENTS = 2;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_REQUIREMENTS__ARCHITECTURE = 0;

	/**
	 * The feature id for the '<em><b>Min Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_REQUIREMENTS__MIN_CPUS = 1;

	/**
	 * The feature id for the '<em><b>Min Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_REQUIREMENTS__MIN_MEMORY_MI_B = 2;

	/**
	 * The feature id for the '<em><b>Min Disk Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_REQUIREMENTS__MIN_DISK_GI_B = 3;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_REQUIREMENTS__SEGMENT = 4;

	/**
	 * The number of structural features of the '<em>Machine Requirements</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_REQUIREMENTS_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.CustomizationItemImpl <em>Customization Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.CustomizationItemImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getCustomizationItem()
	 * @generated
	 */
	int CUSTOMIZATION_ITEM = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMIZATION_ITEM__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMIZATION_ITEM__PATH = 1;

	/**
	 * The number of structural features of the '<em>Customization Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMIZATION_ITEM_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.FileReplacementImpl <em>File Replacement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.FileReplacementImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getFileReplacement()
	 * @generated
	 */
	int FILE_REPLACEMENT = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REPLACEMENT__DESCRIPTION = CUSTOMIZATION_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REPLACEMENT__PATH = CUSTOMIZATION_ITEM__PATH;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REPLACEMENT__CONTENT = CUSTOMIZATION_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REPLACEMENT__TEMPLATE = CUSTOMIZATION_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Content Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REPLACEMENT__CONTENT_SHA256 = CUSTOMIZATION_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Content Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REPLACEMENT__CONTENT_SIZE = CUSTOMIZATION_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>File Replacement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REPLACEMENT_FEATURE_COUNT = CUSTOMIZATION_ITEM_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.RegexReplacementImpl <em>Regex Replacement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.RegexReplacementImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getRegexReplacement()
	 * @generated
	 */
	int REGEX_REPLACEMENT = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGEX_REPLACEMENT__DESCRIPTION = CUSTOMIZATION_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGEX_REPLACEMENT__PATH = CUSTOMIZATION_ITEM__PATH;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGEX_REPLACEMENT__PATTERN = CUSTOMIZATION_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Replacement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGEX_REPLACEMENT__REPLACEMENT = CUSTOMIZATION_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGEX_REPLACEMENT__FLAGS = CUSTOMIZATION_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Regex Replacement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGEX_REPLACEMENT_FEATURE_COUNT = CUSTOMIZATION_ITEM_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.CloneImpl <em>Clone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.CloneImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getClone()
	 * @generated
	 */
	int CLONE = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Master</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__MASTER = 1;

	/**
	 * The feature id for the '<em><b>Metastate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__METASTATE = 2;

	/**
	 * The feature id for the '<em><b>Placement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__PLACEMENT = 3;

	/**
	 * The feature id for the '<em><b>Terminal State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__TERMINAL_STATE = 4;

	/**
	 * The feature id for the '<em><b>Machine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__MACHINE = 5;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__VARIABLES = 6;

	/**
	 * The feature id for the '<em><b>Customization Pointer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__CUSTOMIZATION_POINTER = 7;

	/**
	 * The feature id for the '<em><b>Applied Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__APPLIED_ITEMS = 8;

	/**
	 * The feature id for the '<em><b>Storage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__STORAGE = 9;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__LOCATION = 10;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__FORMAT = 11;

	/**
	 * The feature id for the '<em><b>Backing Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__BACKING_LOCATION = 12;

	/**
	 * The feature id for the '<em><b>Clone Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__CLONE_METHOD = 13;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__CREATED = 14;

	/**
	 * The feature id for the '<em><b>First Boot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__FIRST_BOOT = 15;

	/**
	 * The feature id for the '<em><b>Captured As</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__CAPTURED_AS = 16;

	/**
	 * The feature id for the '<em><b>Flush Pending</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__FLUSH_PENDING = 17;

	/**
	 * The number of structural features of the '<em>Clone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE_FEATURE_COUNT = 18;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.VariableImpl <em>Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.VariableImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getVariable()
	 * @generated
	 */
	int VARIABLE = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.AppliedItemImpl <em>Applied Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.AppliedItemImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getAppliedItem()
	 * @generated
	 */
	int APPLIED_ITEM = 8;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIED_ITEM__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIED_ITEM__PATH = 1;

	/**
	 * The feature id for the '<em><b>Existed Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIED_ITEM__EXISTED_BEFORE = 2;

	/**
	 * The feature id for the '<em><b>Original Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIED_ITEM__ORIGINAL_CONTENT = 3;

	/**
	 * The feature id for the '<em><b>Applied Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIED_ITEM__APPLIED_SHA256 = 4;

	/**
	 * The number of structural features of the '<em>Applied Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIED_ITEM_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.MachineImpl <em>Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.MachineImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getMachine()
	 * @generated
	 */
	int MACHINE = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__UUID = 1;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__ARCHITECTURE = 2;

	/**
	 * The feature id for the '<em><b>Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__CPUS = 3;

	/**
	 * The feature id for the '<em><b>Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__MEMORY_MI_B = 4;

	/**
	 * The feature id for the '<em><b>Disk Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__DISK_GI_B = 5;

	/**
	 * The feature id for the '<em><b>Mac Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__MAC_ADDRESSES = 6;

	/**
	 * The feature id for the '<em><b>Reachable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__REACHABLE = 7;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__LAST_SEEN = 8;

	/**
	 * The feature id for the '<em><b>Discovered By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__DISCOVERED_BY = 9;

	/**
	 * The feature id for the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__POWER = 10;

	/**
	 * The feature id for the '<em><b>Clone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__CLONE = 11;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__SEGMENTS = 12;

	/**
	 * The feature id for the '<em><b>Discovered Segments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__DISCOVERED_SEGMENTS = 13;

	/**
	 * The number of structural features of the '<em>Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_FEATURE_COUNT = 14;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.VirtualMachineImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getVirtualMachine()
	 * @generated
	 */
	int VIRTUAL_MACHINE = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__NAME = MACHINE__NAME;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__UUID = MACHINE__UUID;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__ARCHITECTURE = MACHINE__ARCHITECTURE;

	/**
	 * The feature id for the '<em><b>Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__CPUS = MACHINE__CPUS;

	/**
	 * The feature id for the '<em><b>Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__MEMORY_MI_B = MACHINE__MEMORY_MI_B;

	/**
	 * The feature id for the '<em><b>Disk Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__DISK_GI_B = MACHINE__DISK_GI_B;

	/**
	 * The feature id for the '<em><b>Mac Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__MAC_ADDRESSES = MACHINE__MAC_ADDRESSES;

	/**
	 * The feature id for the '<em><b>Reachable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__REACHABLE = MACHINE__REACHABLE;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__LAST_SEEN = MACHINE__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Discovered By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__DISCOVERED_BY = MACHINE__DISCOVERED_BY;

	/**
	 * The feature id for the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__POWER = MACHINE__POWER;

	/**
	 * The feature id for the '<em><b>Clone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__CLONE = MACHINE__CLONE;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__SEGMENTS = MACHINE__SEGMENTS;

	/**
	 * The feature id for the '<em><b>Discovered Segments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__DISCOVERED_SEGMENTS = MACHINE__DISCOVERED_SEGMENTS;

	/**
	 * The feature id for the '<em><b>Host</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__HOST = MACHINE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Virtual Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE_FEATURE_COUNT = MACHINE_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.BladeImpl <em>Blade</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.BladeImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getBlade()
	 * @generated
	 */
	int BLADE = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__NAME = MACHINE__NAME;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__UUID = MACHINE__UUID;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__ARCHITECTURE = MACHINE__ARCHITECTURE;

	/**
	 * The feature id for the '<em><b>Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__CPUS = MACHINE__CPUS;

	/**
	 * The feature id for the '<em><b>Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__MEMORY_MI_B = MACHINE__MEMORY_MI_B;

	/**
	 * The feature id for the '<em><b>Disk Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__DISK_GI_B = MACHINE__DISK_GI_B;

	/**
	 * The feature id for the '<em><b>Mac Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__MAC_ADDRESSES = MACHINE__MAC_ADDRESSES;

	/**
	 * The feature id for the '<em><b>Reachable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__REACHABLE = MACHINE__REACHABLE;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__LAST_SEEN = MACHINE__LAST_SEEN;

	/**
	 * The feature id for the '<em><b>Discovered By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__DISCOVERED_BY = MACHINE__DISCOVERED_BY;

	/**
	 * The feature id for the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__POWER = MACHINE__POWER;

	/**
	 * The feature id for the '<em><b>Clone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__CLONE = MACHINE__CLONE;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__SEGMENTS = MACHINE__SEGMENTS;

	/**
	 * The feature id for the '<em><b>Discovered Segments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__DISCOVERED_SEGMENTS = MACHINE__DISCOVERED_SEGMENTS;

	/**
	 * The feature id for the '<em><b>Chassis</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__CHASSIS = MACHINE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__SLOT = MACHINE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bmc Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__BMC_ADDRESS = MACHINE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Boot Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__BOOT_DEVICE = MACHINE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Boot Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__BOOT_TARGET = MACHINE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Boot Lun</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__BOOT_LUN = MACHINE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Boot Portal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE__BOOT_PORTAL = MACHINE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Blade</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLADE_FEATURE_COUNT = MACHINE_FEATURE_COUNT + 7;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.HypervisorHostImpl <em>Hypervisor Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.HypervisorHostImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getHypervisorHost()
	 * @generated
	 */
	int HYPERVISOR_HOST = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR_HOST__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR_HOST__KIND = 1;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR_HOST__URI = 2;

	/**
	 * The feature id for the '<em><b>Reachable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR_HOST__REACHABLE = 3;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR_HOST__LAST_SEEN = 4;

	/**
	 * The feature id for the '<em><b>Machines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR_HOST__MACHINES = 5;

	/**
	 * The feature id for the '<em><b>Reachable Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR_HOST__REACHABLE_STORAGE = 6;

	/**
	 * The feature id for the '<em><b>Discovered Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR_HOST__DISCOVERED_STORAGE = 7;

	/**
	 * The number of structural features of the '<em>Hypervisor Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR_HOST_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.ChassisImpl <em>Chassis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.ChassisImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getChassis()
	 * @generated
	 */
	int CHASSIS = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHASSIS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHASSIS__KIND = 1;

	/**
	 * The feature id for the '<em><b>Management Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHASSIS__MANAGEMENT_ADDRESS = 2;

	/**
	 * The feature id for the '<em><b>Blades</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHASSIS__BLADES = 3;

	/**
	 * The feature id for the '<em><b>Reachable Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHASSIS__REACHABLE_STORAGE = 4;

	/**
	 * The feature id for the '<em><b>Discovered Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHASSIS__DISCOVERED_STORAGE = 5;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHASSIS__FIRMWARE = 6;

	/**
	 * The number of structural features of the '<em>Chassis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHASSIS_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.StorageDeviceImpl <em>Storage Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.StorageDeviceImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getStorageDevice()
	 * @generated
	 */
	int STORAGE_DEVICE = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_DEVICE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_DEVICE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_DEVICE__LOCATION = 2;

	/**
	 * The feature id for the '<em><b>Default Clone Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_DEVICE__DEFAULT_CLONE_METHOD = 3;

	/**
	 * The feature id for the '<em><b>Reachable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_DEVICE__REACHABLE = 4;

	/**
	 * The feature id for the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_DEVICE__LAST_SEEN = 5;

	/**
	 * The feature id for the '<em><b>Volumes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_DEVICE__VOLUMES = 6;

	/**
	 * The number of structural features of the '<em>Storage Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_DEVICE_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.VolumeImpl <em>Volume</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.VolumeImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getVolume()
	 * @generated
	 */
	int VOLUME = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__NAME = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__LOCATION = 1;

	/**
	 * The feature id for the '<em><b>Capacity Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__CAPACITY_BYTES = 2;

	/**
	 * The feature id for the '<em><b>Allocation Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__ALLOCATION_BYTES = 3;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME__FORMAT = 4;

	/**
	 * The number of structural features of the '<em>Volume</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.ConflictImpl <em>Conflict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.ConflictImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getConflict()
	 * @generated
	 */
	int CONFLICT = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__SUBJECT = 2;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__DETAIL = 3;

	/**
	 * The feature id for the '<em><b>Model Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__MODEL_VALUE = 4;

	/**
	 * The feature id for the '<em><b>Discovered Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__DISCOVERED_VALUE = 5;

	/**
	 * The feature id for the '<em><b>Discovered By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__DISCOVERED_BY = 6;

	/**
	 * The feature id for the '<em><b>Detected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__DETECTED = 7;

	/**
	 * The feature id for the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__RESOLVED = 8;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__RESOLUTION = 9;

	/**
	 * The feature id for the '<em><b>Resolved By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__RESOLVED_BY = 10;

	/**
	 * The feature id for the '<em><b>Resolved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT__RESOLVED_AT = 11;

	/**
	 * The number of structural features of the '<em>Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICT_FEATURE_COUNT = 12;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.JournalEntryImpl <em>Journal Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.JournalEntryImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getJournalEntry()
	 * @generated
	 */
	int JOURNAL_ENTRY = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__ID = 0;

	/**
	 * The feature id for the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__OPERATION = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Arguments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__ARGUMENTS = 3;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__USER = 4;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__STARTED = 5;

	/**
	 * The feature id for the '<em><b>Ended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__ENDED = 6;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__OUTCOME = 7;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__MESSAGE = 8;

	/**
	 * The feature id for the '<em><b>State Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__STATE_BEFORE = 9;

	/**
	 * The feature id for the '<em><b>State After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__STATE_AFTER = 10;

	/**
	 * The feature id for the '<em><b>Retried By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__RETRIED_BY = 11;

	/**
	 * The number of structural features of the '<em>Journal Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY_FEATURE_COUNT = 12;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.ServiceUpdateImpl <em>Service Update</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.ServiceUpdateImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getServiceUpdate()
	 * @generated
	 */
	int SERVICE_UPDATE = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_UPDATE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Old Master</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_UPDATE__OLD_MASTER = 1;

	/**
	 * The feature id for the '<em><b>Maintenance Clone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_UPDATE__MAINTENANCE_CLONE = 2;

	/**
	 * The feature id for the '<em><b>Maintenance Machine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_UPDATE__MAINTENANCE_MACHINE = 3;

	/**
	 * The feature id for the '<em><b>New Master</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_UPDATE__NEW_MASTER = 4;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_UPDATE__PHASE = 5;

	/**
	 * The feature id for the '<em><b>Applied Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_UPDATE__APPLIED_ITEMS = 6;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_UPDATE__STARTED = 7;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_UPDATE__MESSAGE = 8;

	/**
	 * The feature id for the '<em><b>Machines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_UPDATE__MACHINES = 9;

	/**
	 * The number of structural features of the '<em>Service Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_UPDATE_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link org.encompass.model.impl.UpdateMachineImpl <em>Update Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.impl.UpdateMachineImpl
	 * @see org.encompass.model.impl.ModelPackageImpl#getUpdateMachine()
	 * @generated
	 */
	int UPDATE_MACHINE = 19;

	/**
	 * The feature id for the '<em><b>Machine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MACHINE__MACHINE = 0;

	/**
	 * The feature id for the '<em><b>Old Clone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MACHINE__OLD_CLONE = 1;

	/**
	 * The feature id for the '<em><b>New Clone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MACHINE__NEW_CLONE = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MACHINE__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MACHINE__MESSAGE = 4;

	/**
	 * The number of structural features of the '<em>Update Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_MACHINE_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.encompass.model.Metastate <em>Metastate</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.Metastate
	 * @see org.encompass.model.impl.ModelPackageImpl#getMetastate()
	 * @generated
	 */
	int METASTATE = 20;

	/**
	 * The meta object id for the '{@link org.encompass.model.Placement <em>Placement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.Placement
	 * @see org.encompass.model.impl.ModelPackageImpl#getPlacement()
	 * @generated
	 */
	int PLACEMENT = 21;

	/**
	 * The meta object id for the '{@link org.encompass.model.TerminalState <em>Terminal State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.TerminalState
	 * @see org.encompass.model.impl.ModelPackageImpl#getTerminalState()
	 * @generated
	 */
	int TERMINAL_STATE = 22;

	/**
	 * The meta object id for the '{@link org.encompass.model.ImageFormat <em>Image Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.ImageFormat
	 * @see org.encompass.model.impl.ModelPackageImpl#getImageFormat()
	 * @generated
	 */
	int IMAGE_FORMAT = 23;

	/**
	 * The meta object id for the '{@link org.encompass.model.CloneMethod <em>Clone Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.CloneMethod
	 * @see org.encompass.model.impl.ModelPackageImpl#getCloneMethod()
	 * @generated
	 */
	int CLONE_METHOD = 24;

	/**
	 * The meta object id for the '{@link org.encompass.model.PowerState <em>Power State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.PowerState
	 * @see org.encompass.model.impl.ModelPackageImpl#getPowerState()
	 * @generated
	 */
	int POWER_STATE = 25;

	/**
	 * The meta object id for the '{@link org.encompass.model.Outcome <em>Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.Outcome
	 * @see org.encompass.model.impl.ModelPackageImpl#getOutcome()
	 * @generated
	 */
	int OUTCOME = 26;


	/**
	 * The meta object id for the '{@link org.encompass.model.UpdatePhase <em>Update Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.UpdatePhase
	 * @see org.encompass.model.impl.ModelPackageImpl#getUpdatePhase()
	 * @generated
	 */
	int UPDATE_PHASE = 27;

	/**
	 * The meta object id for the '{@link org.encompass.model.UpdateMachineStatus <em>Update Machine Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.encompass.model.UpdateMachineStatus
	 * @see org.encompass.model.impl.ModelPackageImpl#getUpdateMachineStatus()
	 * @generated
	 */
	int UPDATE_MACHINE_STATUS = 28;


	/**
	 * Returns the meta object for class '{@link org.encompass.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.encompass.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Site#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.encompass.model.Site#getName()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.Site#getMasters <em>Masters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Masters</em>'.
	 * @see org.encompass.model.Site#getMasters()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Masters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.Site#getClones <em>Clones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clones</em>'.
	 * @see org.encompass.model.Site#getClones()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Clones();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.Site#getStorageDevices <em>Storage Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Storage Devices</em>'.
	 * @see org.encompass.model.Site#getStorageDevices()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_StorageDevices();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.Site#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see org.encompass.model.Site#getHosts()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Hosts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.Site#getChassis <em>Chassis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Chassis</em>'.
	 * @see org.encompass.model.Site#getChassis()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Chassis();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.Site#getJournal <em>Journal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Journal</em>'.
	 * @see org.encompass.model.Site#getJournal()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Journal();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Site#getNextJournalId <em>Next Journal Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Journal Id</em>'.
	 * @see org.encompass.model.Site#getNextJournalId()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_NextJournalId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.Site#getConflicts <em>Conflicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conflicts</em>'.
	 * @see org.encompass.model.Site#getConflicts()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Conflicts();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Site#getNextConflictId <em>Next Conflict Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Conflict Id</em>'.
	 * @see org.encompass.model.Site#getNextConflictId()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_NextConflictId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.Site#getUpdates <em>Updates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Updates</em>'.
	 * @see org.encompass.model.Site#getUpdates()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Updates();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.Master <em>Master</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Master</em>'.
	 * @see org.encompass.model.Master
	 * @generated
	 */
	EClass getMaster();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Master#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.encompass.model.Master#getName()
	 * @see #getMaster()
	 * @generated
	 */
	EAttribute getMaster_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Master#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.encompass.model.Master#getVersion()
	 * @see #getMaster()
	 * @generated
	 */
	EAttribute getMaster_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Master#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.encompass.model.Master#getDescription()
	 * @see #getMaster()
	 * @generated
	 */
	EAttribute getMaster_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Master#getServiceProfile <em>Service Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Profile</em>'.
	 * @see org.encompass.model.Master#getServiceProfile()
	 * @see #getMaster()
	 * @generated
	 */
	EAttribute getMaster_ServiceProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Master#getSoftwareProfile <em>Software Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Software Profile</em>'.
	 * @see org.encompass.model.Master#getSoftwareProfile()
	 * @see #getMaster()
	 * @generated
	 */
	EAttribute getMaster_SoftwareProfile();

	/**
	 * Returns the meta object for the containment reference '{@link org.encompass.model.Master#getRequirements <em>Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Requirements</em>'.
	 * @see org.encompass.model.Master#getRequirements()
	 * @see #getMaster()
	 * @generated
	 */
	EReference getMaster_Requirements();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Master#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.encompass.model.Master#getFormat()
	 * @see #getMaster()
	 * @generated
	 */
	EAttribute getMaster_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Master#getSizeBytes <em>Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Bytes</em>'.
	 * @see org.encompass.model.Master#getSizeBytes()
	 * @see #getMaster()
	 * @generated
	 */
	EAttribute getMaster_SizeBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Master#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.encompass.model.Master#getSha256()
	 * @see #getMaster()
	 * @generated
	 */
	EAttribute getMaster_Sha256();

	/**
	 * Returns the meta object for the reference '{@link org.encompass.model.Master#getStorage <em>Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Storage</em>'.
	 * @see org.encompass.model.Master#getStorage()
	 * @see #getMaster()
	 * @generated
	 */
	EReference getMaster_Storage();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Master#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.encompass.model.Master#getLocation()
	 * @see #getMaster()
	 * @generated
	 */
	EAttribute getMaster_Location();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.Master#getCustomizationItems <em>Customization Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Customization Items</em>'.
	 * @see org.encompass.model.Master#getCustomizationItems()
	 * @see #getMaster()
	 * @generated
	 */
	EReference getMaster_CustomizationItems();

	/**
	 * Returns the meta object for the reference '{@link org.encompass.model.Master#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.encompass.model.Master#getParent()
	 * @see #getMaster()
	 * @generated
	 */
	EReference getMaster_Parent();

	/**
	 * Returns the meta object for the reference '{@link org.encompass.model.Master#getSourceClone <em>Source Clone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Clone</em>'.
	 * @see org.encompass.model.Master#getSourceClone()
	 * @see #getMaster()
	 * @generated
	 */
	EReference getMaster_SourceClone();

	/**
	 * Returns the meta object for the reference list '{@link org.encompass.model.Master#getClones <em>Clones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Clones</em>'.
	 * @see org.encompass.model.Master#getClones()
	 * @see #getMaster()
	 * @generated
	 */
	EReference getMaster_Clones();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Master#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.encompass.model.Master#getCreated()
	 * @see #getMaster()
	 * @generated
	 */
	EAttribute getMaster_Created();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.MachineRequirements <em>Machine Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Machine Requirements</em>'.
	 * @see org.encompass.model.MachineRequirements
	 * @generated
	 */
	EClass getMachineRequirements();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.MachineRequirements#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.encompass.model.MachineRequirements#getArchitecture()
	 * @see #getMachineRequirements()
	 * @generated
	 */
	EAttribute getMachineRequirements_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.MachineRequirements#getMinCpus <em>Min Cpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Cpus</em>'.
	 * @see org.encompass.model.MachineRequirements#getMinCpus()
	 * @see #getMachineRequirements()
	 * @generated
	 */
	EAttribute getMachineRequirements_MinCpus();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.MachineRequirements#getMinMemoryMiB <em>Min Memory Mi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Memory Mi B</em>'.
	 * @see org.encompass.model.MachineRequirements#getMinMemoryMiB()
	 * @see #getMachineRequirements()
	 * @generated
	 */
	EAttribute getMachineRequirements_MinMemoryMiB();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.MachineRequirements#getMinDiskGiB <em>Min Disk Gi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Disk Gi B</em>'.
	 * @see org.encompass.model.MachineRequirements#getMinDiskGiB()
	 * @see #getMachineRequirements()
	 * @generated
	 */
	EAttribute getMachineRequirements_MinDiskGiB();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.MachineRequirements#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segment</em>'.
	 * @see org.encompass.model.MachineRequirements#getSegment()
	 * @see #getMachineRequirements()
	 * @generated
	 */
	EAttribute getMachineRequirements_Segment();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.CustomizationItem <em>Customization Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customization Item</em>'.
	 * @see org.encompass.model.CustomizationItem
	 * @generated
	 */
	EClass getCustomizationItem();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.CustomizationItem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.encompass.model.CustomizationItem#getDescription()
	 * @see #getCustomizationItem()
	 * @generated
	 */
	EAttribute getCustomizationItem_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.CustomizationItem#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.encompass.model.CustomizationItem#getPath()
	 * @see #getCustomizationItem()
	 * @generated
	 */
	EAttribute getCustomizationItem_Path();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.FileReplacement <em>File Replacement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Replacement</em>'.
	 * @see org.encompass.model.FileReplacement
	 * @generated
	 */
	EClass getFileReplacement();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.FileReplacement#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.encompass.model.FileReplacement#getContent()
	 * @see #getFileReplacement()
	 * @generated
	 */
	EAttribute getFileReplacement_Content();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.FileReplacement#isTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.encompass.model.FileReplacement#isTemplate()
	 * @see #getFileReplacement()
	 * @generated
	 */
	EAttribute getFileReplacement_Template();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.FileReplacement#getContentSha256 <em>Content Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Sha256</em>'.
	 * @see org.encompass.model.FileReplacement#getContentSha256()
	 * @see #getFileReplacement()
	 * @generated
	 */
	EAttribute getFileReplacement_ContentSha256();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.FileReplacement#getContentSize <em>Content Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Size</em>'.
	 * @see org.encompass.model.FileReplacement#getContentSize()
	 * @see #getFileReplacement()
	 * @generated
	 */
	EAttribute getFileReplacement_ContentSize();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.RegexReplacement <em>Regex Replacement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Regex Replacement</em>'.
	 * @see org.encompass.model.RegexReplacement
	 * @generated
	 */
	EClass getRegexReplacement();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.RegexReplacement#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see org.encompass.model.RegexReplacement#getPattern()
	 * @see #getRegexReplacement()
	 * @generated
	 */
	EAttribute getRegexReplacement_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.RegexReplacement#getReplacement <em>Replacement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replacement</em>'.
	 * @see org.encompass.model.RegexReplacement#getReplacement()
	 * @see #getRegexReplacement()
	 * @generated
	 */
	EAttribute getRegexReplacement_Replacement();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.RegexReplacement#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see org.encompass.model.RegexReplacement#getFlags()
	 * @see #getRegexReplacement()
	 * @generated
	 */
	EAttribute getRegexReplacement_Flags();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.Clone <em>Clone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clone</em>'.
	 * @see org.encompass.model.Clone
	 * @generated
	 */
	EClass getClone();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Clone#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.encompass.model.Clone#getName()
	 * @see #getClone()
	 * @generated
	 */
	EAttribute getClone_Name();

	/**
	 * Returns the meta object for the reference '{@link org.encompass.model.Clone#getMaster <em>Master</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Master</em>'.
	 * @see org.encompass.model.Clone#getMaster()
	 * @see #getClone()
	 * @generated
	 */
	EReference getClone_Master();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Clone#getMetastate <em>Metastate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metastate</em>'.
	 * @see org.encompass.model.Clone#getMetastate()
	 * @see #getClone()
	 * @generated
	 */
	EAttribute getClone_Metastate();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Clone#getPlacement <em>Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Placement</em>'.
	 * @see org.encompass.model.Clone#getPlacement()
	 * @see #getClone()
	 * @generated
	 */
	EAttribute getClone_Placement();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Clone#getTerminalState <em>Terminal State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Terminal State</em>'.
	 * @see org.encompass.model.Clone#getTerminalState()
	 * @see #getClone()
	 * @generated
	 */
	EAttribute getClone_TerminalState();

	/**
	 * Returns the meta object for the reference '{@link org.encompass.model.Clone#getMachine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Machine</em>'.
	 * @see org.encompass.model.Clone#getMachine()
	 * @see #getClone()
	 * @generated
	 */
	EReference getClone_Machine();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.Clone#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variables</em>'.
	 * @see org.encompass.model.Clone#getVariables()
	 * @see #getClone()
	 * @generated
	 */
	EReference getClone_Variables();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Clone#getCustomizationPointer <em>Customization Pointer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customization Pointer</em>'.
	 * @see org.encompass.model.Clone#getCustomizationPointer()
	 * @see #getClone()
	 * @generated
	 */
	EAttribute getClone_CustomizationPointer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.Clone#getAppliedItems <em>Applied Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Applied Items</em>'.
	 * @see org.encompass.model.Clone#getAppliedItems()
	 * @see #getClone()
	 * @generated
	 */
	EReference getClone_AppliedItems();

	/**
	 * Returns the meta object for the reference '{@link org.encompass.model.Clone#getStorage <em>Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Storage</em>'.
	 * @see org.encompass.model.Clone#getStorage()
	 * @see #getClone()
	 * @generated
	 */
	EReference getClone_Storage();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Clone#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.encompass.model.Clone#getLocation()
	 * @see #getClone()
	 * @generated
	 */
	EAttribute getClone_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Clone#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.encompass.model.Clone#getFormat()
	 * @see #getClone()
	 * @generated
	 */
	EAttribute getClone_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Clone#getBackingLocation <em>Backing Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backing Location</em>'.
	 * @see org.encompass.model.Clone#getBackingLocation()
	 * @see #getClone()
	 * @generated
	 */
	EAttribute getClone_BackingLocation();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Clone#getCloneMethod <em>Clone Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clone Method</em>'.
	 * @see org.encompass.model.Clone#getCloneMethod()
	 * @see #getClone()
	 * @generated
	 */
	EAttribute getClone_CloneMethod();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Clone#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.encompass.model.Clone#getCreated()
	 * @see #getClone()
	 * @generated
	 */
	EAttribute getClone_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Clone#getFirstBoot <em>First Boot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Boot</em>'.
	 * @see org.encompass.model.Clone#getFirstBoot()
	 * @see #getClone()
	 * @generated
	 */
	EAttribute getClone_FirstBoot();

	/**
	 * Returns the meta object for the reference '{@link org.encompass.model.Clone#getCapturedAs <em>Captured As</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Captured As</em>'.
	 * @see org.encompass.model.Clone#getCapturedAs()
	 * @see #getClone()
	 * @generated
	 */
	EReference getClone_CapturedAs();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Clone#isFlushPending <em>Flush Pending</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flush Pending</em>'.
	 * @see org.encompass.model.Clone#isFlushPending()
	 * @see #getClone()
	 * @generated
	 */
	EAttribute getClone_FlushPending();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.Variable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable</em>'.
	 * @see org.encompass.model.Variable
	 * @generated
	 */
	EClass getVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Variable#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.encompass.model.Variable#getName()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Variable#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.encompass.model.Variable#getValue()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Value();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.AppliedItem <em>Applied Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Applied Item</em>'.
	 * @see org.encompass.model.AppliedItem
	 * @generated
	 */
	EClass getAppliedItem();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.AppliedItem#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.encompass.model.AppliedItem#getIndex()
	 * @see #getAppliedItem()
	 * @generated
	 */
	EAttribute getAppliedItem_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.AppliedItem#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.encompass.model.AppliedItem#getPath()
	 * @see #getAppliedItem()
	 * @generated
	 */
	EAttribute getAppliedItem_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.AppliedItem#isExistedBefore <em>Existed Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Existed Before</em>'.
	 * @see org.encompass.model.AppliedItem#isExistedBefore()
	 * @see #getAppliedItem()
	 * @generated
	 */
	EAttribute getAppliedItem_ExistedBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.AppliedItem#getOriginalContent <em>Original Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Content</em>'.
	 * @see org.encompass.model.AppliedItem#getOriginalContent()
	 * @see #getAppliedItem()
	 * @generated
	 */
	EAttribute getAppliedItem_OriginalContent();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.AppliedItem#getAppliedSha256 <em>Applied Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Applied Sha256</em>'.
	 * @see org.encompass.model.AppliedItem#getAppliedSha256()
	 * @see #getAppliedItem()
	 * @generated
	 */
	EAttribute getAppliedItem_AppliedSha256();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.Machine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Machine</em>'.
	 * @see org.encompass.model.Machine
	 * @generated
	 */
	EClass getMachine();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Machine#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.encompass.model.Machine#getName()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Machine#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see org.encompass.model.Machine#getUuid()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Uuid();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Machine#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.encompass.model.Machine#getArchitecture()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Machine#getCpus <em>Cpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpus</em>'.
	 * @see org.encompass.model.Machine#getCpus()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Cpus();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Machine#getMemoryMiB <em>Memory Mi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Mi B</em>'.
	 * @see org.encompass.model.Machine#getMemoryMiB()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_MemoryMiB();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Machine#getDiskGiB <em>Disk Gi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disk Gi B</em>'.
	 * @see org.encompass.model.Machine#getDiskGiB()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_DiskGiB();

	/**
	 * Returns the meta object for the attribute list '{@link org.encompass.model.Machine#getMacAddresses <em>Mac Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mac Addresses</em>'.
	 * @see org.encompass.model.Machine#getMacAddresses()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_MacAddresses();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Machine#isReachable <em>Reachable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reachable</em>'.
	 * @see org.encompass.model.Machine#isReachable()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Reachable();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Machine#getLastSeen <em>Last Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Seen</em>'.
	 * @see org.encompass.model.Machine#getLastSeen()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_LastSeen();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Machine#getDiscoveredBy <em>Discovered By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discovered By</em>'.
	 * @see org.encompass.model.Machine#getDiscoveredBy()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_DiscoveredBy();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Machine#getPower <em>Power</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Power</em>'.
	 * @see org.encompass.model.Machine#getPower()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Power();

	/**
	 * Returns the meta object for the reference '{@link org.encompass.model.Machine#getClone <em>Clone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Clone</em>'.
	 * @see org.encompass.model.Machine#getClone()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_Clone();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Machine#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segments</em>'.
	 * @see org.encompass.model.Machine#getSegments()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Segments();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Machine#getDiscoveredSegments <em>Discovered Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discovered Segments</em>'.
	 * @see org.encompass.model.Machine#getDiscoveredSegments()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_DiscoveredSegments();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.VirtualMachine <em>Virtual Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtual Machine</em>'.
	 * @see org.encompass.model.VirtualMachine
	 * @generated
	 */
	EClass getVirtualMachine();

	/**
	 * Returns the meta object for the container reference '{@link org.encompass.model.VirtualMachine#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Host</em>'.
	 * @see org.encompass.model.VirtualMachine#getHost()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Host();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.Blade <em>Blade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Blade</em>'.
	 * @see org.encompass.model.Blade
	 * @generated
	 */
	EClass getBlade();

	/**
	 * Returns the meta object for the container reference '{@link org.encompass.model.Blade#getChassis <em>Chassis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Chassis</em>'.
	 * @see org.encompass.model.Blade#getChassis()
	 * @see #getBlade()
	 * @generated
	 */
	EReference getBlade_Chassis();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Blade#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see org.encompass.model.Blade#getSlot()
	 * @see #getBlade()
	 * @generated
	 */
	EAttribute getBlade_Slot();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Blade#getBmcAddress <em>Bmc Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bmc Address</em>'.
	 * @see org.encompass.model.Blade#getBmcAddress()
	 * @see #getBlade()
	 * @generated
	 */
	EAttribute getBlade_BmcAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Blade#getBootDevice <em>Boot Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boot Device</em>'.
	 * @see org.encompass.model.Blade#getBootDevice()
	 * @see #getBlade()
	 * @generated
	 */
	EAttribute getBlade_BootDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Blade#getBootTarget <em>Boot Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boot Target</em>'.
	 * @see org.encompass.model.Blade#getBootTarget()
	 * @see #getBlade()
	 * @generated
	 */
	EAttribute getBlade_BootTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Blade#getBootLun <em>Boot Lun</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boot Lun</em>'.
	 * @see org.encompass.model.Blade#getBootLun()
	 * @see #getBlade()
	 * @generated
	 */
	EAttribute getBlade_BootLun();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Blade#getBootPortal <em>Boot Portal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boot Portal</em>'.
	 * @see org.encompass.model.Blade#getBootPortal()
	 * @see #getBlade()
	 * @generated
	 */
	EAttribute getBlade_BootPortal();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.HypervisorHost <em>Hypervisor Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hypervisor Host</em>'.
	 * @see org.encompass.model.HypervisorHost
	 * @generated
	 */
	EClass getHypervisorHost();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.HypervisorHost#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.encompass.model.HypervisorHost#getName()
	 * @see #getHypervisorHost()
	 * @generated
	 */
	EAttribute getHypervisorHost_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.HypervisorHost#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.encompass.model.HypervisorHost#getKind()
	 * @see #getHypervisorHost()
	 * @generated
	 */
	EAttribute getHypervisorHost_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.HypervisorHost#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see org.encompass.model.HypervisorHost#getUri()
	 * @see #getHypervisorHost()
	 * @generated
	 */
	EAttribute getHypervisorHost_Uri();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.HypervisorHost#isReachable <em>Reachable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reachable</em>'.
	 * @see org.encompass.model.HypervisorHost#isReachable()
	 * @see #getHypervisorHost()
	 * @generated
	 */
	EAttribute getHypervisorHost_Reachable();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.HypervisorHost#getLastSeen <em>Last Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Seen</em>'.
	 * @see org.encompass.model.HypervisorHost#getLastSeen()
	 * @see #getHypervisorHost()
	 * @generated
	 */
	EAttribute getHypervisorHost_LastSeen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.HypervisorHost#getMachines <em>Machines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Machines</em>'.
	 * @see org.encompass.model.HypervisorHost#getMachines()
	 * @see #getHypervisorHost()
	 * @generated
	 */
	EReference getHypervisorHost_Machines();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.HypervisorHost#getReachableStorage <em>Reachable Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reachable Storage</em>'.
	 * @see org.encompass.model.HypervisorHost#getReachableStorage()
	 * @see #getHypervisorHost()
	 * @generated
	 */
	EAttribute getHypervisorHost_ReachableStorage();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.HypervisorHost#getDiscoveredStorage <em>Discovered Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discovered Storage</em>'.
	 * @see org.encompass.model.HypervisorHost#getDiscoveredStorage()
	 * @see #getHypervisorHost()
	 * @generated
	 */
	EAttribute getHypervisorHost_DiscoveredStorage();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.Chassis <em>Chassis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Chassis</em>'.
	 * @see org.encompass.model.Chassis
	 * @generated
	 */
	EClass getChassis();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Chassis#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.encompass.model.Chassis#getName()
	 * @see #getChassis()
	 * @generated
	 */
	EAttribute getChassis_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Chassis#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.encompass.model.Chassis#getKind()
	 * @see #getChassis()
	 * @generated
	 */
	EAttribute getChassis_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Chassis#getManagementAddress <em>Management Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Management Address</em>'.
	 * @see org.encompass.model.Chassis#getManagementAddress()
	 * @see #getChassis()
	 * @generated
	 */
	EAttribute getChassis_ManagementAddress();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.Chassis#getBlades <em>Blades</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Blades</em>'.
	 * @see org.encompass.model.Chassis#getBlades()
	 * @see #getChassis()
	 * @generated
	 */
	EReference getChassis_Blades();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Chassis#getReachableStorage <em>Reachable Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reachable Storage</em>'.
	 * @see org.encompass.model.Chassis#getReachableStorage()
	 * @see #getChassis()
	 * @generated
	 */
	EAttribute getChassis_ReachableStorage();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Chassis#getDiscoveredStorage <em>Discovered Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discovered Storage</em>'.
	 * @see org.encompass.model.Chassis#getDiscoveredStorage()
	 * @see #getChassis()
	 * @generated
	 */
	EAttribute getChassis_DiscoveredStorage();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Chassis#getFirmware <em>Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware</em>'.
	 * @see org.encompass.model.Chassis#getFirmware()
	 * @see #getChassis()
	 * @generated
	 */
	EAttribute getChassis_Firmware();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.StorageDevice <em>Storage Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Device</em>'.
	 * @see org.encompass.model.StorageDevice
	 * @generated
	 */
	EClass getStorageDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.StorageDevice#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.encompass.model.StorageDevice#getName()
	 * @see #getStorageDevice()
	 * @generated
	 */
	EAttribute getStorageDevice_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.StorageDevice#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.encompass.model.StorageDevice#getKind()
	 * @see #getStorageDevice()
	 * @generated
	 */
	EAttribute getStorageDevice_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.StorageDevice#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.encompass.model.StorageDevice#getLocation()
	 * @see #getStorageDevice()
	 * @generated
	 */
	EAttribute getStorageDevice_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.StorageDevice#getDefaultCloneMethod <em>Default Clone Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Clone Method</em>'.
	 * @see org.encompass.model.StorageDevice#getDefaultCloneMethod()
	 * @see #getStorageDevice()
	 * @generated
	 */
	EAttribute getStorageDevice_DefaultCloneMethod();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.StorageDevice#isReachable <em>Reachable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reachable</em>'.
	 * @see org.encompass.model.StorageDevice#isReachable()
	 * @see #getStorageDevice()
	 * @generated
	 */
	EAttribute getStorageDevice_Reachable();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.StorageDevice#getLastSeen <em>Last Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Seen</em>'.
	 * @see org.encompass.model.StorageDevice#getLastSeen()
	 * @see #getStorageDevice()
	 * @generated
	 */
	EAttribute getStorageDevice_LastSeen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.StorageDevice#getVolumes <em>Volumes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Volumes</em>'.
	 * @see org.encompass.model.StorageDevice#getVolumes()
	 * @see #getStorageDevice()
	 * @generated
	 */
	EReference getStorageDevice_Volumes();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.Volume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume</em>'.
	 * @see org.encompass.model.Volume
	 * @generated
	 */
	EClass getVolume();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Volume#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.encompass.model.Volume#getName()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Volume#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.encompass.model.Volume#getLocation()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Volume#getCapacityBytes <em>Capacity Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity Bytes</em>'.
	 * @see org.encompass.model.Volume#getCapacityBytes()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_CapacityBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Volume#getAllocationBytes <em>Allocation Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocation Bytes</em>'.
	 * @see org.encompass.model.Volume#getAllocationBytes()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_AllocationBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Volume#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.encompass.model.Volume#getFormat()
	 * @see #getVolume()
	 * @generated
	 */
	EAttribute getVolume_Format();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.Conflict <em>Conflict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conflict</em>'.
	 * @see org.encompass.model.Conflict
	 * @generated
	 */
	EClass getConflict();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Conflict#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.encompass.model.Conflict#getId()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Conflict#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.encompass.model.Conflict#getKind()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Conflict#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.encompass.model.Conflict#getSubject()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Conflict#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.encompass.model.Conflict#getDetail()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Detail();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Conflict#getModelValue <em>Model Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Value</em>'.
	 * @see org.encompass.model.Conflict#getModelValue()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_ModelValue();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Conflict#getDiscoveredValue <em>Discovered Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discovered Value</em>'.
	 * @see org.encompass.model.Conflict#getDiscoveredValue()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_DiscoveredValue();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Conflict#getDiscoveredBy <em>Discovered By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discovered By</em>'.
	 * @see org.encompass.model.Conflict#getDiscoveredBy()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_DiscoveredBy();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Conflict#getDetected <em>Detected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detected</em>'.
	 * @see org.encompass.model.Conflict#getDetected()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Detected();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Conflict#isResolved <em>Resolved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved</em>'.
	 * @see org.encompass.model.Conflict#isResolved()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Resolved();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Conflict#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution</em>'.
	 * @see org.encompass.model.Conflict#getResolution()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_Resolution();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Conflict#getResolvedBy <em>Resolved By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved By</em>'.
	 * @see org.encompass.model.Conflict#getResolvedBy()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_ResolvedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.Conflict#getResolvedAt <em>Resolved At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved At</em>'.
	 * @see org.encompass.model.Conflict#getResolvedAt()
	 * @see #getConflict()
	 * @generated
	 */
	EAttribute getConflict_ResolvedAt();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.JournalEntry <em>Journal Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journal Entry</em>'.
	 * @see org.encompass.model.JournalEntry
	 * @generated
	 */
	EClass getJournalEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.JournalEntry#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.encompass.model.JournalEntry#getId()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.JournalEntry#getOperation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operation</em>'.
	 * @see org.encompass.model.JournalEntry#getOperation()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_Operation();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.JournalEntry#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.encompass.model.JournalEntry#getTarget()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.JournalEntry#getArguments <em>Arguments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arguments</em>'.
	 * @see org.encompass.model.JournalEntry#getArguments()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_Arguments();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.JournalEntry#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.encompass.model.JournalEntry#getUser()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_User();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.JournalEntry#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.encompass.model.JournalEntry#getStarted()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.JournalEntry#getEnded <em>Ended</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended</em>'.
	 * @see org.encompass.model.JournalEntry#getEnded()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_Ended();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.JournalEntry#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.encompass.model.JournalEntry#getOutcome()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.JournalEntry#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.encompass.model.JournalEntry#getMessage()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.JournalEntry#getStateBefore <em>State Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Before</em>'.
	 * @see org.encompass.model.JournalEntry#getStateBefore()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_StateBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.JournalEntry#getStateAfter <em>State After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State After</em>'.
	 * @see org.encompass.model.JournalEntry#getStateAfter()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_StateAfter();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.JournalEntry#getRetriedBy <em>Retried By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retried By</em>'.
	 * @see org.encompass.model.JournalEntry#getRetriedBy()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_RetriedBy();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.ServiceUpdate <em>Service Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Update</em>'.
	 * @see org.encompass.model.ServiceUpdate
	 * @generated
	 */
	EClass getServiceUpdate();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.ServiceUpdate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.encompass.model.ServiceUpdate#getName()
	 * @see #getServiceUpdate()
	 * @generated
	 */
	EAttribute getServiceUpdate_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.ServiceUpdate#getOldMaster <em>Old Master</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Master</em>'.
	 * @see org.encompass.model.ServiceUpdate#getOldMaster()
	 * @see #getServiceUpdate()
	 * @generated
	 */
	EAttribute getServiceUpdate_OldMaster();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.ServiceUpdate#getMaintenanceClone <em>Maintenance Clone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maintenance Clone</em>'.
	 * @see org.encompass.model.ServiceUpdate#getMaintenanceClone()
	 * @see #getServiceUpdate()
	 * @generated
	 */
	EAttribute getServiceUpdate_MaintenanceClone();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.ServiceUpdate#getMaintenanceMachine <em>Maintenance Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maintenance Machine</em>'.
	 * @see org.encompass.model.ServiceUpdate#getMaintenanceMachine()
	 * @see #getServiceUpdate()
	 * @generated
	 */
	EAttribute getServiceUpdate_MaintenanceMachine();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.ServiceUpdate#getNewMaster <em>New Master</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Master</em>'.
	 * @see org.encompass.model.ServiceUpdate#getNewMaster()
	 * @see #getServiceUpdate()
	 * @generated
	 */
	EAttribute getServiceUpdate_NewMaster();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.ServiceUpdate#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.encompass.model.ServiceUpdate#getPhase()
	 * @see #getServiceUpdate()
	 * @generated
	 */
	EAttribute getServiceUpdate_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.ServiceUpdate#getAppliedItems <em>Applied Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Applied Items</em>'.
	 * @see org.encompass.model.ServiceUpdate#getAppliedItems()
	 * @see #getServiceUpdate()
	 * @generated
	 */
	EAttribute getServiceUpdate_AppliedItems();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.ServiceUpdate#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.encompass.model.ServiceUpdate#getStarted()
	 * @see #getServiceUpdate()
	 * @generated
	 */
	EAttribute getServiceUpdate_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.ServiceUpdate#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.encompass.model.ServiceUpdate#getMessage()
	 * @see #getServiceUpdate()
	 * @generated
	 */
	EAttribute getServiceUpdate_Message();

	/**
	 * Returns the meta object for the containment reference list '{@link org.encompass.model.ServiceUpdate#getMachines <em>Machines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Machines</em>'.
	 * @see org.encompass.model.ServiceUpdate#getMachines()
	 * @see #getServiceUpdate()
	 * @generated
	 */
	EReference getServiceUpdate_Machines();

	/**
	 * Returns the meta object for class '{@link org.encompass.model.UpdateMachine <em>Update Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Update Machine</em>'.
	 * @see org.encompass.model.UpdateMachine
	 * @generated
	 */
	EClass getUpdateMachine();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.UpdateMachine#getMachine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Machine</em>'.
	 * @see org.encompass.model.UpdateMachine#getMachine()
	 * @see #getUpdateMachine()
	 * @generated
	 */
	EAttribute getUpdateMachine_Machine();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.UpdateMachine#getOldClone <em>Old Clone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Clone</em>'.
	 * @see org.encompass.model.UpdateMachine#getOldClone()
	 * @see #getUpdateMachine()
	 * @generated
	 */
	EAttribute getUpdateMachine_OldClone();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.UpdateMachine#getNewClone <em>New Clone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Clone</em>'.
	 * @see org.encompass.model.UpdateMachine#getNewClone()
	 * @see #getUpdateMachine()
	 * @generated
	 */
	EAttribute getUpdateMachine_NewClone();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.UpdateMachine#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.encompass.model.UpdateMachine#getStatus()
	 * @see #getUpdateMachine()
	 * @generated
	 */
	EAttribute getUpdateMachine_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.encompass.model.UpdateMachine#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.encompass.model.UpdateMachine#getMessage()
	 * @see #getUpdateMachine()
	 * @generated
	 */
	EAttribute getUpdateMachine_Message();

	/**
	 * Returns the meta object for enum '{@link org.encompass.model.Metastate <em>Metastate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Metastate</em>'.
	 * @see org.encompass.model.Metastate
	 * @generated
	 */
	EEnum getMetastate();

	/**
	 * Returns the meta object for enum '{@link org.encompass.model.Placement <em>Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Placement</em>'.
	 * @see org.encompass.model.Placement
	 * @generated
	 */
	EEnum getPlacement();

	/**
	 * Returns the meta object for enum '{@link org.encompass.model.TerminalState <em>Terminal State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Terminal State</em>'.
	 * @see org.encompass.model.TerminalState
	 * @generated
	 */
	EEnum getTerminalState();

	/**
	 * Returns the meta object for enum '{@link org.encompass.model.ImageFormat <em>Image Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Image Format</em>'.
	 * @see org.encompass.model.ImageFormat
	 * @generated
	 */
	EEnum getImageFormat();

	/**
	 * Returns the meta object for enum '{@link org.encompass.model.CloneMethod <em>Clone Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Clone Method</em>'.
	 * @see org.encompass.model.CloneMethod
	 * @generated
	 */
	EEnum getCloneMethod();

	/**
	 * Returns the meta object for enum '{@link org.encompass.model.PowerState <em>Power State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Power State</em>'.
	 * @see org.encompass.model.PowerState
	 * @generated
	 */
	EEnum getPowerState();

	/**
	 * Returns the meta object for enum '{@link org.encompass.model.Outcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Outcome</em>'.
	 * @see org.encompass.model.Outcome
	 * @generated
	 */
	EEnum getOutcome();

	/**
	 * Returns the meta object for enum '{@link org.encompass.model.UpdatePhase <em>Update Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Update Phase</em>'.
	 * @see org.encompass.model.UpdatePhase
	 * @generated
	 */
	EEnum getUpdatePhase();

	/**
	 * Returns the meta object for enum '{@link org.encompass.model.UpdateMachineStatus <em>Update Machine Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Update Machine Status</em>'.
	 * @see org.encompass.model.UpdateMachineStatus
	 * @generated
	 */
	EEnum getUpdateMachineStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.SiteImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__NAME = eINSTANCE.getSite_Name();

		/**
		 * The meta object literal for the '<em><b>Masters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__MASTERS = eINSTANCE.getSite_Masters();

		/**
		 * The meta object literal for the '<em><b>Clones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__CLONES = eINSTANCE.getSite_Clones();

		/**
		 * The meta object literal for the '<em><b>Storage Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__STORAGE_DEVICES = eINSTANCE.getSite_StorageDevices();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__HOSTS = eINSTANCE.getSite_Hosts();

		/**
		 * The meta object literal for the '<em><b>Chassis</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__CHASSIS = eINSTANCE.getSite_Chassis();

		/**
		 * The meta object literal for the '<em><b>Journal</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__JOURNAL = eINSTANCE.getSite_Journal();

		/**
		 * The meta object literal for the '<em><b>Next Journal Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__NEXT_JOURNAL_ID = eINSTANCE.getSite_NextJournalId();

		/**
		 * The meta object literal for the '<em><b>Conflicts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__CONFLICTS = eINSTANCE.getSite_Conflicts();

		/**
		 * The meta object literal for the '<em><b>Next Conflict Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__NEXT_CONFLICT_ID = eINSTANCE.getSite_NextConflictId();

		/**
		 * The meta object literal for the '<em><b>Updates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__UPDATES = eINSTANCE.getSite_Updates();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.MasterImpl <em>Master</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.MasterImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getMaster()
		 * @generated
		 */
		EClass MASTER = eINSTANCE.getMaster();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASTER__NAME = eINSTANCE.getMaster_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASTER__VERSION = eINSTANCE.getMaster_Version();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASTER__DESCRIPTION = eINSTANCE.getMaster_Description();

		/**
		 * The meta object literal for the '<em><b>Service Profile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASTER__SERVICE_PROFILE = eINSTANCE.getMaster_ServiceProfile();

		/**
		 * The meta object literal for the '<em><b>Software Profile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASTER__SOFTWARE_PROFILE = eINSTANCE.getMaster_SoftwareProfile();

		/**
		 * The meta object literal for the '<em><b>Requirements</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MASTER__REQUIREMENTS = eINSTANCE.getMaster_Requirements();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASTER__FORMAT = eINSTANCE.getMaster_Format();

		/**
		 * The meta object literal for the '<em><b>Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASTER__SIZE_BYTES = eINSTANCE.getMaster_SizeBytes();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASTER__SHA256 = eINSTANCE.getMaster_Sha256();

		/**
		 * The meta object literal for the '<em><b>Storage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MASTER__STORAGE = eINSTANCE.getMaster_Storage();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASTER__LOCATION = eINSTANCE.getMaster_Location();

		/**
		 * The meta object literal for the '<em><b>Customization Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MASTER__CUSTOMIZATION_ITEMS = eINSTANCE.getMaster_CustomizationItems();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MASTER__PARENT = eINSTANCE.getMaster_Parent();

		/**
		 * The meta object literal for the '<em><b>Source Clone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MASTER__SOURCE_CLONE = eINSTANCE.getMaster_SourceClone();

		/**
		 * The meta object literal for the '<em><b>Clones</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MASTER__CLONES = eINSTANCE.getMaster_Clones();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASTER__CREATED = eINSTANCE.getMaster_Created();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.MachineRequirementsImpl <em>Machine Requirements</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.MachineRequirementsImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getMachineRequirements()
		 * @generated
		 */
		EClass MACHINE_REQUIREMENTS = eINSTANCE.getMachineRequirements();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE_REQUIREMENTS__ARCHITECTURE = eINSTANCE.getMachineRequirements_Architecture();

		/**
		 * The meta object literal for the '<em><b>Min Cpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE_REQUIREMENTS__MIN_CPUS = eINSTANCE.getMachineRequirements_MinCpus();

		/**
		 * The meta object literal for the '<em><b>Min Memory Mi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE_REQUIREMENTS__MIN_MEMORY_MI_B = eINSTANCE.getMachineRequirements_MinMemoryMiB();

		/**
		 * The meta object literal for the '<em><b>Min Disk Gi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE_REQUIREMENTS__MIN_DISK_GI_B = eINSTANCE.getMachineRequirements_MinDiskGiB();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE_REQUIREMENTS__SEGMENT = eINSTANCE.getMachineRequirements_Segment();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.CustomizationItemImpl <em>Customization Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.CustomizationItemImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getCustomizationItem()
		 * @generated
		 */
		EClass CUSTOMIZATION_ITEM = eINSTANCE.getCustomizationItem();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMIZATION_ITEM__DESCRIPTION = eINSTANCE.getCustomizationItem_Description();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMIZATION_ITEM__PATH = eINSTANCE.getCustomizationItem_Path();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.FileReplacementImpl <em>File Replacement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.FileReplacementImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getFileReplacement()
		 * @generated
		 */
		EClass FILE_REPLACEMENT = eINSTANCE.getFileReplacement();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_REPLACEMENT__CONTENT = eINSTANCE.getFileReplacement_Content();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_REPLACEMENT__TEMPLATE = eINSTANCE.getFileReplacement_Template();

		/**
		 * The meta object literal for the '<em><b>Content Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_REPLACEMENT__CONTENT_SHA256 = eINSTANCE.getFileReplacement_ContentSha256();

		/**
		 * The meta object literal for the '<em><b>Content Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_REPLACEMENT__CONTENT_SIZE = eINSTANCE.getFileReplacement_ContentSize();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.RegexReplacementImpl <em>Regex Replacement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.RegexReplacementImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getRegexReplacement()
		 * @generated
		 */
		EClass REGEX_REPLACEMENT = eINSTANCE.getRegexReplacement();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGEX_REPLACEMENT__PATTERN = eINSTANCE.getRegexReplacement_Pattern();

		/**
		 * The meta object literal for the '<em><b>Replacement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGEX_REPLACEMENT__REPLACEMENT = eINSTANCE.getRegexReplacement_Replacement();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGEX_REPLACEMENT__FLAGS = eINSTANCE.getRegexReplacement_Flags();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.CloneImpl <em>Clone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.CloneImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getClone()
		 * @generated
		 */
		EClass CLONE = eINSTANCE.getClone();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLONE__NAME = eINSTANCE.getClone_Name();

		/**
		 * The meta object literal for the '<em><b>Master</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLONE__MASTER = eINSTANCE.getClone_Master();

		/**
		 * The meta object literal for the '<em><b>Metastate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLONE__METASTATE = eINSTANCE.getClone_Metastate();

		/**
		 * The meta object literal for the '<em><b>Placement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLONE__PLACEMENT = eINSTANCE.getClone_Placement();

		/**
		 * The meta object literal for the '<em><b>Terminal State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLONE__TERMINAL_STATE = eINSTANCE.getClone_TerminalState();

		/**
		 * The meta object literal for the '<em><b>Machine</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLONE__MACHINE = eINSTANCE.getClone_Machine();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLONE__VARIABLES = eINSTANCE.getClone_Variables();

		/**
		 * The meta object literal for the '<em><b>Customization Pointer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLONE__CUSTOMIZATION_POINTER = eINSTANCE.getClone_CustomizationPointer();

		/**
		 * The meta object literal for the '<em><b>Applied Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLONE__APPLIED_ITEMS = eINSTANCE.getClone_AppliedItems();

		/**
		 * The meta object literal for the '<em><b>Storage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLONE__STORAGE = eINSTANCE.getClone_Storage();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLONE__LOCATION = eINSTANCE.getClone_Location();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLONE__FORMAT = eINSTANCE.getClone_Format();

		/**
		 * The meta object literal for the '<em><b>Backing Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLONE__BACKING_LOCATION = eINSTANCE.getClone_BackingLocation();

		/**
		 * The meta object literal for the '<em><b>Clone Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLONE__CLONE_METHOD = eINSTANCE.getClone_CloneMethod();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLONE__CREATED = eINSTANCE.getClone_Created();

		/**
		 * The meta object literal for the '<em><b>First Boot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLONE__FIRST_BOOT = eINSTANCE.getClone_FirstBoot();

		/**
		 * The meta object literal for the '<em><b>Captured As</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLONE__CAPTURED_AS = eINSTANCE.getClone_CapturedAs();

		/**
		 * The meta object literal for the '<em><b>Flush Pending</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLONE__FLUSH_PENDING = eINSTANCE.getClone_FlushPending();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.VariableImpl <em>Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.VariableImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getVariable()
		 * @generated
		 */
		EClass VARIABLE = eINSTANCE.getVariable();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__NAME = eINSTANCE.getVariable_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__VALUE = eINSTANCE.getVariable_Value();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.AppliedItemImpl <em>Applied Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.AppliedItemImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getAppliedItem()
		 * @generated
		 */
		EClass APPLIED_ITEM = eINSTANCE.getAppliedItem();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIED_ITEM__INDEX = eINSTANCE.getAppliedItem_Index();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIED_ITEM__PATH = eINSTANCE.getAppliedItem_Path();

		/**
		 * The meta object literal for the '<em><b>Existed Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIED_ITEM__EXISTED_BEFORE = eINSTANCE.getAppliedItem_ExistedBefore();

		/**
		 * The meta object literal for the '<em><b>Original Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIED_ITEM__ORIGINAL_CONTENT = eINSTANCE.getAppliedItem_OriginalContent();

		/**
		 * The meta object literal for the '<em><b>Applied Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIED_ITEM__APPLIED_SHA256 = eINSTANCE.getAppliedItem_AppliedSha256();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.MachineImpl <em>Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.MachineImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getMachine()
		 * @generated
		 */
		EClass MACHINE = eINSTANCE.getMachine();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__NAME = eINSTANCE.getMachine_Name();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__UUID = eINSTANCE.getMachine_Uuid();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__ARCHITECTURE = eINSTANCE.getMachine_Architecture();

		/**
		 * The meta object literal for the '<em><b>Cpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__CPUS = eINSTANCE.getMachine_Cpus();

		/**
		 * The meta object literal for the '<em><b>Memory Mi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__MEMORY_MI_B = eINSTANCE.getMachine_MemoryMiB();

		/**
		 * The meta object literal for the '<em><b>Disk Gi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__DISK_GI_B = eINSTANCE.getMachine_DiskGiB();

		/**
		 * The meta object literal for the '<em><b>Mac Addresses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__MAC_ADDRESSES = eINSTANCE.getMachine_MacAddresses();

		/**
		 * The meta object literal for the '<em><b>Reachable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__REACHABLE = eINSTANCE.getMachine_Reachable();

		/**
		 * The meta object literal for the '<em><b>Last Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__LAST_SEEN = eINSTANCE.getMachine_LastSeen();

		/**
		 * The meta object literal for the '<em><b>Discovered By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__DISCOVERED_BY = eINSTANCE.getMachine_DiscoveredBy();

		/**
		 * The meta object literal for the '<em><b>Power</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__POWER = eINSTANCE.getMachine_Power();

		/**
		 * The meta object literal for the '<em><b>Clone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__CLONE = eINSTANCE.getMachine_Clone();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__SEGMENTS = eINSTANCE.getMachine_Segments();

		/**
		 * The meta object literal for the '<em><b>Discovered Segments</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__DISCOVERED_SEGMENTS = eINSTANCE.getMachine_DiscoveredSegments();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.VirtualMachineImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getVirtualMachine()
		 * @generated
		 */
		EClass VIRTUAL_MACHINE = eINSTANCE.getVirtualMachine();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__HOST = eINSTANCE.getVirtualMachine_Host();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.BladeImpl <em>Blade</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.BladeImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getBlade()
		 * @generated
		 */
		EClass BLADE = eINSTANCE.getBlade();

		/**
		 * The meta object literal for the '<em><b>Chassis</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BLADE__CHASSIS = eINSTANCE.getBlade_Chassis();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLADE__SLOT = eINSTANCE.getBlade_Slot();

		/**
		 * The meta object literal for the '<em><b>Bmc Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLADE__BMC_ADDRESS = eINSTANCE.getBlade_BmcAddress();

		/**
		 * The meta object literal for the '<em><b>Boot Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLADE__BOOT_DEVICE = eINSTANCE.getBlade_BootDevice();

		/**
		 * The meta object literal for the '<em><b>Boot Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLADE__BOOT_TARGET = eINSTANCE.getBlade_BootTarget();

		/**
		 * The meta object literal for the '<em><b>Boot Lun</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLADE__BOOT_LUN = eINSTANCE.getBlade_BootLun();

		/**
		 * The meta object literal for the '<em><b>Boot Portal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLADE__BOOT_PORTAL = eINSTANCE.getBlade_BootPortal();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.HypervisorHostImpl <em>Hypervisor Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.HypervisorHostImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getHypervisorHost()
		 * @generated
		 */
		EClass HYPERVISOR_HOST = eINSTANCE.getHypervisorHost();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR_HOST__NAME = eINSTANCE.getHypervisorHost_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR_HOST__KIND = eINSTANCE.getHypervisorHost_Kind();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR_HOST__URI = eINSTANCE.getHypervisorHost_Uri();

		/**
		 * The meta object literal for the '<em><b>Reachable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR_HOST__REACHABLE = eINSTANCE.getHypervisorHost_Reachable();

		/**
		 * The meta object literal for the '<em><b>Last Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR_HOST__LAST_SEEN = eINSTANCE.getHypervisorHost_LastSeen();

		/**
		 * The meta object literal for the '<em><b>Machines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HYPERVISOR_HOST__MACHINES = eINSTANCE.getHypervisorHost_Machines();

		/**
		 * The meta object literal for the '<em><b>Reachable Storage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR_HOST__REACHABLE_STORAGE = eINSTANCE.getHypervisorHost_ReachableStorage();

		/**
		 * The meta object literal for the '<em><b>Discovered Storage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR_HOST__DISCOVERED_STORAGE = eINSTANCE.getHypervisorHost_DiscoveredStorage();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.ChassisImpl <em>Chassis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.ChassisImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getChassis()
		 * @generated
		 */
		EClass CHASSIS = eINSTANCE.getChassis();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHASSIS__NAME = eINSTANCE.getChassis_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHASSIS__KIND = eINSTANCE.getChassis_Kind();

		/**
		 * The meta object literal for the '<em><b>Management Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHASSIS__MANAGEMENT_ADDRESS = eINSTANCE.getChassis_ManagementAddress();

		/**
		 * The meta object literal for the '<em><b>Blades</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHASSIS__BLADES = eINSTANCE.getChassis_Blades();

		/**
		 * The meta object literal for the '<em><b>Reachable Storage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHASSIS__REACHABLE_STORAGE = eINSTANCE.getChassis_ReachableStorage();

		/**
		 * The meta object literal for the '<em><b>Discovered Storage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHASSIS__DISCOVERED_STORAGE = eINSTANCE.getChassis_DiscoveredStorage();

		/**
		 * The meta object literal for the '<em><b>Firmware</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHASSIS__FIRMWARE = eINSTANCE.getChassis_Firmware();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.StorageDeviceImpl <em>Storage Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.StorageDeviceImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getStorageDevice()
		 * @generated
		 */
		EClass STORAGE_DEVICE = eINSTANCE.getStorageDevice();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_DEVICE__NAME = eINSTANCE.getStorageDevice_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_DEVICE__KIND = eINSTANCE.getStorageDevice_Kind();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_DEVICE__LOCATION = eINSTANCE.getStorageDevice_Location();

		/**
		 * The meta object literal for the '<em><b>Default Clone Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_DEVICE__DEFAULT_CLONE_METHOD = eINSTANCE.getStorageDevice_DefaultCloneMethod();

		/**
		 * The meta object literal for the '<em><b>Reachable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_DEVICE__REACHABLE = eINSTANCE.getStorageDevice_Reachable();

		/**
		 * The meta object literal for the '<em><b>Last Seen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_DEVICE__LAST_SEEN = eINSTANCE.getStorageDevice_LastSeen();

		/**
		 * The meta object literal for the '<em><b>Volumes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORAGE_DEVICE__VOLUMES = eINSTANCE.getStorageDevice_Volumes();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.VolumeImpl <em>Volume</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.VolumeImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getVolume()
		 * @generated
		 */
		EClass VOLUME = eINSTANCE.getVolume();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__NAME = eINSTANCE.getVolume_Name();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__LOCATION = eINSTANCE.getVolume_Location();

		/**
		 * The meta object literal for the '<em><b>Capacity Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__CAPACITY_BYTES = eINSTANCE.getVolume_CapacityBytes();

		/**
		 * The meta object literal for the '<em><b>Allocation Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__ALLOCATION_BYTES = eINSTANCE.getVolume_AllocationBytes();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME__FORMAT = eINSTANCE.getVolume_Format();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.ConflictImpl <em>Conflict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.ConflictImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getConflict()
		 * @generated
		 */
		EClass CONFLICT = eINSTANCE.getConflict();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__ID = eINSTANCE.getConflict_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__KIND = eINSTANCE.getConflict_Kind();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__SUBJECT = eINSTANCE.getConflict_Subject();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__DETAIL = eINSTANCE.getConflict_Detail();

		/**
		 * The meta object literal for the '<em><b>Model Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__MODEL_VALUE = eINSTANCE.getConflict_ModelValue();

		/**
		 * The meta object literal for the '<em><b>Discovered Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__DISCOVERED_VALUE = eINSTANCE.getConflict_DiscoveredValue();

		/**
		 * The meta object literal for the '<em><b>Discovered By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__DISCOVERED_BY = eINSTANCE.getConflict_DiscoveredBy();

		/**
		 * The meta object literal for the '<em><b>Detected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__DETECTED = eINSTANCE.getConflict_Detected();

		/**
		 * The meta object literal for the '<em><b>Resolved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__RESOLVED = eINSTANCE.getConflict_Resolved();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__RESOLUTION = eINSTANCE.getConflict_Resolution();

		/**
		 * The meta object literal for the '<em><b>Resolved By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__RESOLVED_BY = eINSTANCE.getConflict_ResolvedBy();

		/**
		 * The meta object literal for the '<em><b>Resolved At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICT__RESOLVED_AT = eINSTANCE.getConflict_ResolvedAt();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.JournalEntryImpl <em>Journal Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.JournalEntryImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getJournalEntry()
		 * @generated
		 */
		EClass JOURNAL_ENTRY = eINSTANCE.getJournalEntry();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__ID = eINSTANCE.getJournalEntry_Id();

		/**
		 * The meta object literal for the '<em><b>Operation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__OPERATION = eINSTANCE.getJournalEntry_Operation();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__TARGET = eINSTANCE.getJournalEntry_Target();

		/**
		 * The meta object literal for the '<em><b>Arguments</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__ARGUMENTS = eINSTANCE.getJournalEntry_Arguments();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__USER = eINSTANCE.getJournalEntry_User();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__STARTED = eINSTANCE.getJournalEntry_Started();

		/**
		 * The meta object literal for the '<em><b>Ended</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__ENDED = eINSTANCE.getJournalEntry_Ended();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__OUTCOME = eINSTANCE.getJournalEntry_Outcome();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__MESSAGE = eINSTANCE.getJournalEntry_Message();

		/**
		 * The meta object literal for the '<em><b>State Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__STATE_BEFORE = eINSTANCE.getJournalEntry_StateBefore();

		/**
		 * The meta object literal for the '<em><b>State After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__STATE_AFTER = eINSTANCE.getJournalEntry_StateAfter();

		/**
		 * The meta object literal for the '<em><b>Retried By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__RETRIED_BY = eINSTANCE.getJournalEntry_RetriedBy();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.ServiceUpdateImpl <em>Service Update</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.ServiceUpdateImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getServiceUpdate()
		 * @generated
		 */
		EClass SERVICE_UPDATE = eINSTANCE.getServiceUpdate();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_UPDATE__NAME = eINSTANCE.getServiceUpdate_Name();

		/**
		 * The meta object literal for the '<em><b>Old Master</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_UPDATE__OLD_MASTER = eINSTANCE.getServiceUpdate_OldMaster();

		/**
		 * The meta object literal for the '<em><b>Maintenance Clone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_UPDATE__MAINTENANCE_CLONE = eINSTANCE.getServiceUpdate_MaintenanceClone();

		/**
		 * The meta object literal for the '<em><b>Maintenance Machine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_UPDATE__MAINTENANCE_MACHINE = eINSTANCE.getServiceUpdate_MaintenanceMachine();

		/**
		 * The meta object literal for the '<em><b>New Master</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_UPDATE__NEW_MASTER = eINSTANCE.getServiceUpdate_NewMaster();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_UPDATE__PHASE = eINSTANCE.getServiceUpdate_Phase();

		/**
		 * The meta object literal for the '<em><b>Applied Items</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_UPDATE__APPLIED_ITEMS = eINSTANCE.getServiceUpdate_AppliedItems();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_UPDATE__STARTED = eINSTANCE.getServiceUpdate_Started();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_UPDATE__MESSAGE = eINSTANCE.getServiceUpdate_Message();

		/**
		 * The meta object literal for the '<em><b>Machines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_UPDATE__MACHINES = eINSTANCE.getServiceUpdate_Machines();

		/**
		 * The meta object literal for the '{@link org.encompass.model.impl.UpdateMachineImpl <em>Update Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.impl.UpdateMachineImpl
		 * @see org.encompass.model.impl.ModelPackageImpl#getUpdateMachine()
		 * @generated
		 */
		EClass UPDATE_MACHINE = eINSTANCE.getUpdateMachine();

		/**
		 * The meta object literal for the '<em><b>Machine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_MACHINE__MACHINE = eINSTANCE.getUpdateMachine_Machine();

		/**
		 * The meta object literal for the '<em><b>Old Clone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_MACHINE__OLD_CLONE = eINSTANCE.getUpdateMachine_OldClone();

		/**
		 * The meta object literal for the '<em><b>New Clone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_MACHINE__NEW_CLONE = eINSTANCE.getUpdateMachine_NewClone();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_MACHINE__STATUS = eINSTANCE.getUpdateMachine_Status();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_MACHINE__MESSAGE = eINSTANCE.getUpdateMachine_Message();

		/**
		 * The meta object literal for the '{@link org.encompass.model.Metastate <em>Metastate</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.Metastate
		 * @see org.encompass.model.impl.ModelPackageImpl#getMetastate()
		 * @generated
		 */
		EEnum METASTATE = eINSTANCE.getMetastate();

		/**
		 * The meta object literal for the '{@link org.encompass.model.Placement <em>Placement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.Placement
		 * @see org.encompass.model.impl.ModelPackageImpl#getPlacement()
		 * @generated
		 */
		EEnum PLACEMENT = eINSTANCE.getPlacement();

		/**
		 * The meta object literal for the '{@link org.encompass.model.TerminalState <em>Terminal State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.TerminalState
		 * @see org.encompass.model.impl.ModelPackageImpl#getTerminalState()
		 * @generated
		 */
		EEnum TERMINAL_STATE = eINSTANCE.getTerminalState();

		/**
		 * The meta object literal for the '{@link org.encompass.model.ImageFormat <em>Image Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.ImageFormat
		 * @see org.encompass.model.impl.ModelPackageImpl#getImageFormat()
		 * @generated
		 */
		EEnum IMAGE_FORMAT = eINSTANCE.getImageFormat();

		/**
		 * The meta object literal for the '{@link org.encompass.model.CloneMethod <em>Clone Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.CloneMethod
		 * @see org.encompass.model.impl.ModelPackageImpl#getCloneMethod()
		 * @generated
		 */
		EEnum CLONE_METHOD = eINSTANCE.getCloneMethod();

		/**
		 * The meta object literal for the '{@link org.encompass.model.PowerState <em>Power State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.PowerState
		 * @see org.encompass.model.impl.ModelPackageImpl#getPowerState()
		 * @generated
		 */
		EEnum POWER_STATE = eINSTANCE.getPowerState();

		/**
		 * The meta object literal for the '{@link org.encompass.model.Outcome <em>Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.Outcome
		 * @see org.encompass.model.impl.ModelPackageImpl#getOutcome()
		 * @generated
		 */
		EEnum OUTCOME = eINSTANCE.getOutcome();

		/**
		 * The meta object literal for the '{@link org.encompass.model.UpdatePhase <em>Update Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.UpdatePhase
		 * @see org.encompass.model.impl.ModelPackageImpl#getUpdatePhase()
		 * @generated
		 */
		EEnum UPDATE_PHASE = eINSTANCE.getUpdatePhase();

		/**
		 * The meta object literal for the '{@link org.encompass.model.UpdateMachineStatus <em>Update Machine Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.encompass.model.UpdateMachineStatus
		 * @see org.encompass.model.impl.ModelPackageImpl#getUpdateMachineStatus()
		 * @generated
		 */
		EEnum UPDATE_MACHINE_STATUS = eINSTANCE.getUpdateMachineStatus();

	}

} //ModelPackage
