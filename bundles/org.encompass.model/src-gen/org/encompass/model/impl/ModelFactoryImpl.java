/**
 */
package org.encompass.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.encompass.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelFactoryImpl extends EFactoryImpl implements ModelFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ModelFactory init() {
		try {
			ModelFactory theModelFactory = (ModelFactory)EPackage.Registry.INSTANCE.getEFactory(ModelPackage.eNS_URI);
			if (theModelFactory != null) {
				return theModelFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ModelFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ModelPackage.SITE: return (EObject)createSite();
			case ModelPackage.MASTER: return (EObject)createMaster();
			case ModelPackage.MACHINE_REQUIREMENTS: return (EObject)createMachineRequirements();
			case ModelPackage.FILE_REPLACEMENT: return (EObject)createFileReplacement();
			case ModelPackage.REGEX_REPLACEMENT: return (EObject)createRegexReplacement();
			case ModelPackage.CLONE: return (EObject)createClone();
			case ModelPackage.VARIABLE: return (EObject)createVariable();
			case ModelPackage.APPLIED_ITEM: return (EObject)createAppliedItem();
			case ModelPackage.VIRTUAL_MACHINE: return (EObject)createVirtualMachine();
			case ModelPackage.BLADE: return (EObject)createBlade();
			case ModelPackage.HYPERVISOR_HOST: return (EObject)createHypervisorHost();
			case ModelPackage.CHASSIS: return (EObject)createChassis();
			case ModelPackage.STORAGE_DEVICE: return (EObject)createStorageDevice();
			case ModelPackage.VOLUME: return (EObject)createVolume();
			case ModelPackage.CONFLICT: return (EObject)createConflict();
			case ModelPackage.JOURNAL_ENTRY: return (EObject)createJournalEntry();
			case ModelPackage.SERVICE_UPDATE: return (EObject)createServiceUpdate();
			case ModelPackage.UPDATE_MACHINE: return (EObject)createUpdateMachine();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.METASTATE:
				return createMetastateFromString(eDataType, initialValue);
			case ModelPackage.PLACEMENT:
				return createPlacementFromString(eDataType, initialValue);
			case ModelPackage.TERMINAL_STATE:
				return createTerminalStateFromString(eDataType, initialValue);
			case ModelPackage.IMAGE_FORMAT:
				return createImageFormatFromString(eDataType, initialValue);
			case ModelPackage.CLONE_METHOD:
				return createCloneMethodFromString(eDataType, initialValue);
			case ModelPackage.POWER_STATE:
				return createPowerStateFromString(eDataType, initialValue);
			case ModelPackage.OUTCOME:
				return createOutcomeFromString(eDataType, initialValue);
			case ModelPackage.UPDATE_PHASE:
				return createUpdatePhaseFromString(eDataType, initialValue);
			case ModelPackage.UPDATE_MACHINE_STATUS:
				return createUpdateMachineStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.METASTATE:
				return convertMetastateToString(eDataType, instanceValue);
			case ModelPackage.PLACEMENT:
				return convertPlacementToString(eDataType, instanceValue);
			case ModelPackage.TERMINAL_STATE:
				return convertTerminalStateToString(eDataType, instanceValue);
			case ModelPackage.IMAGE_FORMAT:
				return convertImageFormatToString(eDataType, instanceValue);
			case ModelPackage.CLONE_METHOD:
				return convertCloneMethodToString(eDataType, instanceValue);
			case ModelPackage.POWER_STATE:
				return convertPowerStateToString(eDataType, instanceValue);
			case ModelPackage.OUTCOME:
				return convertOutcomeToString(eDataType, instanceValue);
			case ModelPackage.UPDATE_PHASE:
				return convertUpdatePhaseToString(eDataType, instanceValue);
			case ModelPackage.UPDATE_MACHINE_STATUS:
				return convertUpdateMachineStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Master createMaster() {
		MasterImpl master = new MasterImpl();
		return master;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MachineRequirements createMachineRequirements() {
		MachineRequirementsImpl machineRequirements = new MachineRequirementsImpl();
		return machineRequirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileReplacement createFileReplacement() {
		FileReplacementImpl fileReplacement = new FileReplacementImpl();
		return fileReplacement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegexReplacement createRegexReplacement() {
		RegexReplacementImpl regexReplacement = new RegexReplacementImpl();
		return regexReplacement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Clone createClone() {
		CloneImpl clone = new CloneImpl();
		return clone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable createVariable() {
		VariableImpl variable = new VariableImpl();
		return variable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppliedItem createAppliedItem() {
		AppliedItemImpl appliedItem = new AppliedItemImpl();
		return appliedItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualMachine createVirtualMachine() {
		VirtualMachineImpl virtualMachine = new VirtualMachineImpl();
		return virtualMachine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Blade createBlade() {
		BladeImpl blade = new BladeImpl();
		return blade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HypervisorHost createHypervisorHost() {
		HypervisorHostImpl hypervisorHost = new HypervisorHostImpl();
		return hypervisorHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Chassis createChassis() {
		ChassisImpl chassis = new ChassisImpl();
		return chassis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageDevice createStorageDevice() {
		StorageDeviceImpl storageDevice = new StorageDeviceImpl();
		return storageDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Volume createVolume() {
		VolumeImpl volume = new VolumeImpl();
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Conflict createConflict() {
		ConflictImpl conflict = new ConflictImpl();
		return conflict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JournalEntry createJournalEntry() {
		JournalEntryImpl journalEntry = new JournalEntryImpl();
		return journalEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceUpdate createServiceUpdate() {
		ServiceUpdateImpl serviceUpdate = new ServiceUpdateImpl();
		return serviceUpdate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateMachine createUpdateMachine() {
		UpdateMachineImpl updateMachine = new UpdateMachineImpl();
		return updateMachine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Metastate createMetastateFromString(EDataType eDataType, String initialValue) {
		Metastate result = Metastate.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMetastateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Placement createPlacementFromString(EDataType eDataType, String initialValue) {
		Placement result = Placement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlacementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TerminalState createTerminalStateFromString(EDataType eDataType, String initialValue) {
		TerminalState result = TerminalState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTerminalStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImageFormat createImageFormatFromString(EDataType eDataType, String initialValue) {
		ImageFormat result = ImageFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImageFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CloneMethod createCloneMethodFromString(EDataType eDataType, String initialValue) {
		CloneMethod result = CloneMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCloneMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PowerState createPowerStateFromString(EDataType eDataType, String initialValue) {
		PowerState result = PowerState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPowerStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Outcome createOutcomeFromString(EDataType eDataType, String initialValue) {
		Outcome result = Outcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpdatePhase createUpdatePhaseFromString(EDataType eDataType, String initialValue) {
		UpdatePhase result = UpdatePhase.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUpdatePhaseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpdateMachineStatus createUpdateMachineStatusFromString(EDataType eDataType, String initialValue) {
		UpdateMachineStatus result = UpdateMachineStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUpdateMachineStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelPackage getModelPackage() {
		return (ModelPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ModelPackage getPackage() {
		return ModelPackage.eINSTANCE;
	}

} //ModelFactoryImpl
