/**
 */
package org.encompass.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Update Phase</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a service update stands.
 * <!-- end-model-doc -->
 * @see org.encompass.model.ModelPackage#getUpdatePhase()
 * @model
 * @generated
 */
public enum UpdatePhase implements Enumerator {
	/**
	 * The '<em><b>MAINTENANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The maintenance clone exists and is being updated by the operator.
	 * <!-- end-model-doc -->
	 * @see #MAINTENANCE_VALUE
	 * @generated
	 * @ordered
	 */
	MAINTENANCE(0, "MAINTENANCE", "MAINTENANCE"),

	/**
	 * The '<em><b>CAPTURED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new master is captured; no machine has been moved yet.
	 * <!-- end-model-doc -->
	 * @see #CAPTURED_VALUE
	 * @generated
	 * @ordered
	 */
	CAPTURED(1, "CAPTURED", "CAPTURED"),

	/**
	 * The '<em><b>ROLLING OUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Machines are being moved to clones of the new master.
	 * <!-- end-model-doc -->
	 * @see #ROLLING_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	ROLLING_OUT(2, "ROLLING_OUT", "ROLLING_OUT"),

	/**
	 * The '<em><b>PAUSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rollout stopped (a machine failed, or the process stopped); it waits for the operator: continue or rollback.
	 * <!-- end-model-doc -->
	 * @see #PAUSED_VALUE
	 * @generated
	 * @ordered
	 */
	PAUSED(3, "PAUSED", "PAUSED"),

	/**
	 * The '<em><b>ROLLED OUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every machine of the rollout runs a clone of the new master; the old clones are on standby.
	 * <!-- end-model-doc -->
	 * @see #ROLLED_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	ROLLED_OUT(4, "ROLLED_OUT", "ROLLED_OUT"),

	/**
	 * The '<em><b>ROLLED BACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every machine moved runs its old clone again.
	 * <!-- end-model-doc -->
	 * @see #ROLLED_BACK_VALUE
	 * @generated
	 * @ordered
	 */
	ROLLED_BACK(5, "ROLLED_BACK", "ROLLED_BACK"),

	/**
	 * The '<em><b>FINISHED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Closed: the standby clones are destroyed.
	 * <!-- end-model-doc -->
	 * @see #FINISHED_VALUE
	 * @generated
	 * @ordered
	 */
	FINISHED(6, "FINISHED", "FINISHED");

	/**
	 * The '<em><b>MAINTENANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The maintenance clone exists and is being updated by the operator.
	 * <!-- end-model-doc -->
	 * @see #MAINTENANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MAINTENANCE_VALUE = 0;

	/**
	 * The '<em><b>CAPTURED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new master is captured; no machine has been moved yet.
	 * <!-- end-model-doc -->
	 * @see #CAPTURED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CAPTURED_VALUE = 1;

	/**
	 * The '<em><b>ROLLING OUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Machines are being moved to clones of the new master.
	 * <!-- end-model-doc -->
	 * @see #ROLLING_OUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROLLING_OUT_VALUE = 2;

	/**
	 * The '<em><b>PAUSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rollout stopped (a machine failed, or the process stopped); it waits for the operator: continue or rollback.
	 * <!-- end-model-doc -->
	 * @see #PAUSED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAUSED_VALUE = 3;

	/**
	 * The '<em><b>ROLLED OUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every machine of the rollout runs a clone of the new master; the old clones are on standby.
	 * <!-- end-model-doc -->
	 * @see #ROLLED_OUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROLLED_OUT_VALUE = 4;

	/**
	 * The '<em><b>ROLLED BACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every machine moved runs its old clone again.
	 * <!-- end-model-doc -->
	 * @see #ROLLED_BACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROLLED_BACK_VALUE = 5;

	/**
	 * The '<em><b>FINISHED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Closed: the standby clones are destroyed.
	 * <!-- end-model-doc -->
	 * @see #FINISHED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FINISHED_VALUE = 6;

	/**
	 * An array of all the '<em><b>Update Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final UpdatePhase[] VALUES_ARRAY =
		new UpdatePhase[] {
			MAINTENANCE,
			CAPTURED,
			ROLLING_OUT,
			PAUSED,
			ROLLED_OUT,
			ROLLED_BACK,
			FINISHED,
		};

	/**
	 * A public read-only list of all the '<em><b>Update Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<UpdatePhase> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Update Phase</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UpdatePhase get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			UpdatePhase result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Update Phase</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UpdatePhase getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			UpdatePhase result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Update Phase</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UpdatePhase get(int value) {
		switch (value) {
			case MAINTENANCE_VALUE: return MAINTENANCE;
			case CAPTURED_VALUE: return CAPTURED;
			case ROLLING_OUT_VALUE: return ROLLING_OUT;
			case PAUSED_VALUE: return PAUSED;
			case ROLLED_OUT_VALUE: return ROLLED_OUT;
			case ROLLED_BACK_VALUE: return ROLLED_BACK;
			case FINISHED_VALUE: return FINISHED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private UpdatePhase(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //UpdatePhase
