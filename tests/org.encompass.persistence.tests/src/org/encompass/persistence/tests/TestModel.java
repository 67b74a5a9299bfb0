package org.encompass.persistence.tests;

import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A small CDO-native dynamic model standing in for the real one, so the persistence bundle is
 * tested without depending on org.encompass.model. Site contains Hosts; a Host has an attribute of
 * every EMF data type CDO maps to a column, a list attribute, a cross reference and features named
 * like Derby reserved words ("user", "order").
 */
public final class TestModel {

	public static final String NS_URI = "http://www.encompass.org/persistence/test/1.0";

	public static final EPackage PACKAGE;
	public static final EClass SITE;
	public static final EClass HOST;
	public static final EEnum STATE;

	static {
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		EcorePackage types = EcorePackage.eINSTANCE;
		PACKAGE = ecore.createEPackage();
		PACKAGE.setName("ptest");
		PACKAGE.setNsPrefix("ptest");
		PACKAGE.setNsURI(NS_URI);

		STATE = ecore.createEEnum();
		STATE.setName("State");
		for (String name : new String[] { "UP", "DOWN", "UNKNOWN" }) {
			EEnumLiteral literal = ecore.createEEnumLiteral();
			literal.setName(name);
			literal.setValue(STATE.getELiterals().size());
			STATE.getELiterals().add(literal);
		}
		PACKAGE.getEClassifiers().add(STATE);

		SITE = newClass("Site");
		attribute(SITE, "name", types.getEString());
		attribute(SITE, "note", types.getEString());
		// Long text: CDO maps EString to VARCHAR(32672) in Derby unless told to use a CLOB.
		EAttribute notes = attribute(SITE, "notes", types.getEString());
		EAnnotation dbStore = ecore.createEAnnotation();
		dbStore.setSource("http://www.eclipse.org/CDO/DBStore");
		dbStore.getDetails().put("columnType", "CLOB");
		notes.getEAnnotations().add(dbStore);

		HOST = newClass("Host");
		attribute(HOST, "name", types.getEString());
		attribute(HOST, "cpus", types.getEInt());
		attribute(HOST, "memory", types.getELong());
		attribute(HOST, "enabled", types.getEBoolean());
		attribute(HOST, "load", types.getEDouble());
		attribute(HOST, "ratio", types.getEFloat());
		attribute(HOST, "slots", types.getEShort());
		attribute(HOST, "level", types.getEByte());
		attribute(HOST, "letter", types.getEChar());
		attribute(HOST, "created", types.getEDate());
		attribute(HOST, "price", types.getEBigDecimal());
		attribute(HOST, "serial", types.getEBigInteger());
		attribute(HOST, "firmware", types.getEByteArray());
		attribute(HOST, "state", STATE);
		attribute(HOST, "user", types.getEString());
		attribute(HOST, "order", types.getEInt());
		EAttribute tags = attribute(HOST, "tags", types.getEString());
		tags.setUpperBound(-1);
		tags.setUnique(false);
		EReference peer = ecore.createEReference();
		peer.setName("peer");
		peer.setEType(HOST);
		HOST.getEStructuralFeatures().add(peer);

		EReference hosts = ecore.createEReference();
		hosts.setName("hosts");
		hosts.setEType(HOST);
		hosts.setContainment(true);
		hosts.setUpperBound(-1);
		SITE.getEStructuralFeatures().add(hosts);

		// CDO-native objects (DynamicCDOObjectImpl), like the generated model's CDOObjectImpl subclasses.
		CDOUtil.prepareDynamicEPackage(PACKAGE);
		// Like a generated XxxPackageImpl (createResource(eNS_URI)): the package lives in a resource
		// named by its nsURI. CDO's server resolves classes through it; without it a repository
		// written by another JVM cannot be read ("Cannot create a resource for '<nsURI>'").
		new EcoreResourceFactoryImpl().createResource(URI.createURI(NS_URI)).getContents().add(PACKAGE);
		EPackage.Registry.INSTANCE.put(NS_URI, PACKAGE);
	}

	private TestModel() {
	}

	/** Touching this class registers the package, as touching XxxPackage.eINSTANCE does for generated code. */
	public static void init() {
		// static initializer does the work
	}

	public static EObject site(String name) {
		EObject site = EcoreUtil.create(SITE);
		set(site, "name", name);
		return site;
	}

	public static EObject host(String name) {
		EObject host = EcoreUtil.create(HOST);
		set(host, "name", name);
		return host;
	}

	@SuppressWarnings("unchecked")
	public static java.util.List<EObject> hosts(EObject site) {
		return (java.util.List<EObject>) get(site, "hosts");
	}

	public static Object get(EObject object, String feature) {
		return object.eGet(object.eClass().getEStructuralFeature(feature));
	}

	public static void set(EObject object, String feature, Object value) {
		object.eSet(object.eClass().getEStructuralFeature(feature), value);
	}

	public static Object literal(String name) {
		return STATE.getEEnumLiteral(name).getInstance();
	}

	private static EClass newClass(String name) {
		EClass eClass = EcoreFactory.eINSTANCE.createEClass();
		eClass.setName(name);
		PACKAGE.getEClassifiers().add(eClass);
		return eClass;
	}

	private static EAttribute attribute(EClass owner, String name, EClassifier type) {
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType((EDataType) type);
		owner.getEStructuralFeatures().add(attribute);
		return attribute;
	}
}
