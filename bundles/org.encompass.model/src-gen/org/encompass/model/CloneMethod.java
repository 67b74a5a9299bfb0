/**
 */
package org.encompass.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Clone Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a storage driver turns a master image into a clone image.
 * <!-- end-model-doc -->
 * @see org.encompass.model.ModelPackage#getCloneMethod()
 * @model
 * @generated
 */
public enum CloneMethod implements Enumerator {
	/**
	 * The '<em><b>FULL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Byte-for-byte copy of every block, holes included.
	 * <!-- end-model-doc -->
	 * @see #FULL_VALUE
	 * @generated
	 * @ordered
	 */
	FULL(0, "FULL", "FULL"),

	/**
	 * The '<em><b>SPARSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Copy that skips holes, so a sparse master gives a sparse clone.
	 * <!-- end-model-doc -->
	 * @see #SPARSE_VALUE
	 * @generated
	 * @ordered
	 */
	SPARSE(1, "SPARSE", "SPARSE"),

	/**
	 * The '<em><b>COW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Copy-on-write overlay whose backing file is the master.
	 * <!-- end-model-doc -->
	 * @see #COW_VALUE
	 * @generated
	 * @ordered
	 */
	COW(2, "COW", "COW"),

	/**
	 * The '<em><b>REFLINK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File-system reflink sharing blocks until written.
	 * <!-- end-model-doc -->
	 * @see #REFLINK_VALUE
	 * @generated
	 * @ordered
	 */
	REFLINK(3, "REFLINK", "REFLINK"),

	/**
	 * The '<em><b>VOLUME COPY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Storage-native copy done by the storage controller or pool.
	 * <!-- end-model-doc -->
	 * @see #VOLUME_COPY_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUME_COPY(4, "VOLUME_COPY", "VOLUME_COPY");

	/**
	 * The '<em><b>FULL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Byte-for-byte copy of every block, holes included.
	 * <!-- end-model-doc -->
	 * @see #FULL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FULL_VALUE = 0;

	/**
	 * The '<em><b>SPARSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Copy that skips holes, so a sparse master gives a sparse clone.
	 * <!-- end-model-doc -->
	 * @see #SPARSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPARSE_VALUE = 1;

	/**
	 * The '<em><b>COW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Copy-on-write overlay whose backing file is the master.
	 * <!-- end-model-doc -->
	 * @see #COW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COW_VALUE = 2;

	/**
	 * The '<em><b>REFLINK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File-system reflink sharing blocks until written.
	 * <!-- end-model-doc -->
	 * @see #REFLINK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFLINK_VALUE = 3;

	/**
	 * The '<em><b>VOLUME COPY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Storage-native copy done by the storage controller or pool.
	 * <!-- end-model-doc -->
	 * @see #VOLUME_COPY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOLUME_COPY_VALUE = 4;

	/**
	 * An array of all the '<em><b>Clone Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CloneMethod[] VALUES_ARRAY =
		new CloneMethod[] {
			FULL,
			SPARSE,
			COW,
			REFLINK,
			VOLUME_COPY,
		};

	/**
	 * A public read-only list of all the '<em><b>Clone Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CloneMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Clone Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CloneMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CloneMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Clone Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CloneMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CloneMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Clone Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CloneMethod get(int value) {
		switch (value) {
			case FULL_VALUE: return FULL;
			case SPARSE_VALUE: return SPARSE;
			case COW_VALUE: return COW;
			case REFLINK_VALUE: return REFLINK;
			case VOLUME_COPY_VALUE: return VOLUME_COPY;
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
	private CloneMethod(int value, String name, String literal) {
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
	
} //CloneMethod
