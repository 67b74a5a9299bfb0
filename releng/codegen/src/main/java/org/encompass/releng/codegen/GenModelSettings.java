package org.encompass.releng.codegen;

import org.eclipse.emf.codegen.ecore.genmodel.GenDelegationKind;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;

/**
 * The generator options of the Encompass genmodel. Applied when the genmodel is first created,
 * and checked on every run so that a hand-edited genmodel cannot silently drop CDO-native code.
 */
final class GenModelSettings {

    static final String BASE_PACKAGE = "org.encompass";
    static final String ROOT_EXTENDS_CLASS = "org.eclipse.emf.internal.cdo.CDOObjectImpl";
    static final String ROOT_EXTENDS_INTERFACE = "org.eclipse.emf.cdo.CDOObject";

    private GenModelSettings() {
    }

    static void apply(GenModel genModel) {
        genModel.setModelName("Encompass");
        genModel.setModelPluginID(RegenerateModel.MODEL_PROJECT);
        genModel.setModelDirectory("/" + RegenerateModel.MODEL_PROJECT + "/src-gen");
        genModel.setCopyrightText(null);
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        // CDO-native objects: every class extends CDOObjectImpl and keeps its state in the
        // CDO revision, which needs reflective feature delegation instead of Java fields.
        genModel.setRootExtendsClass(ROOT_EXTENDS_CLASS);
        genModel.setRootExtendsInterface(ROOT_EXTENDS_INTERFACE);
        genModel.setFeatureDelegation(GenDelegationKind.REFLECTIVE_LITERAL);
        // MANIFEST.MF, build.properties and plugin.xml are ours; the generator only creates
        // missing ones, and must never touch a .classpath.
        genModel.setBundleManifest(false);
        genModel.setUpdateClasspath(false);
        genModel.setCreationIcons(false);
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setBasePackage(BASE_PACKAGE);
        }
    }

    /** Throws when an existing genmodel lost a setting the generated code depends on. */
    static void check(GenModel genModel) throws GenerationFailedException {
        require("rootExtendsClass", ROOT_EXTENDS_CLASS, genModel.getRootExtendsClass());
        require("rootExtendsInterface", ROOT_EXTENDS_INTERFACE, genModel.getRootExtendsInterface());
        require("featureDelegation", GenDelegationKind.REFLECTIVE_LITERAL.getLiteral(),
                genModel.getFeatureDelegation().getLiteral());
        require("modelDirectory", "/" + RegenerateModel.MODEL_PROJECT + "/src-gen", genModel.getModelDirectory());
        require("bundleManifest", "false", Boolean.toString(genModel.isBundleManifest()));
        require("updateClasspath", "false", Boolean.toString(genModel.isUpdateClasspath()));
    }

    private static void require(String option, String expected, String actual) throws GenerationFailedException {
        if (!expected.equals(actual)) {
            throw new GenerationFailedException("genmodel option " + option + " is '" + actual + "', expected '"
                    + expected + "'; fix model/encompass.genmodel or delete it to recreate it");
        }
    }
}
