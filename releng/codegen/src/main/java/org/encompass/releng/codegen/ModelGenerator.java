package org.encompass.releng.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Drives EMF's {@link Generator} in a plain JVM: maps the model bundle's folder as a platform
 * project, loads (or first creates) the genmodel, reconciles it with the Ecore model, and
 * generates the model code (not the edit code: the console labels objects itself, with NLS
 * texts). Existing Java files are merged by JMerger, so
 * {@code @generated NOT} members survive.
 */
final class ModelGenerator {

    private static final String ECORE_PATH = "model/encompass.ecore";
    private static final String GENMODEL_PATH = "model/encompass.genmodel";

    private final Path modelProject;
    private final ResourceSet resourceSet = new ResourceSetImpl();

    ModelGenerator(Path modelProject) {
        this.modelProject = modelProject;
        Map<String, URI> projects = EcorePlugin.getPlatformResourceMap();
        projects.put(RegenerateModel.MODEL_PROJECT, URI.createFileURI(modelProject + "/"));
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    }

    /** Generates the model project and returns the files written, relative to the bundles folder. */
    List<String> run() throws GenerationFailedException {
        GenModel genModel = Files.exists(modelProject.resolve(GENMODEL_PATH)) ? loadGenModel() : createGenModel();
        GenModelSettings.check(genModel);
        validate(genModel);

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE)) {
            if (!generator.canGenerate(genModel, projectType)) {
                throw new GenerationFailedException("the genmodel cannot generate " + projectType);
            }
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new GenerationFailedException(projectType + " generation failed:\n" + describe(result));
            }
            if (result.getSeverity() == Diagnostic.WARNING) {
                System.err.println("warning: " + describe(result));
            }
        }
        TreeSet<String> outputs = new TreeSet<>();
        for (URI output : generator.getGeneratedOutputs()) {
            outputs.add(output.toString());
        }
        return new ArrayList<>(outputs);
    }

    private GenModel loadGenModel() throws GenerationFailedException {
        Resource resource = load(GENMODEL_PATH);
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel genModel)) {
            throw new GenerationFailedException(GENMODEL_PATH + " does not contain a GenModel");
        }
        // Pick up classes and features added to (or removed from) the Ecore model since the
        // genmodel was saved, and save that so the committed genmodel matches the model.
        if (!genModel.reconcile()) {
            throw new GenerationFailedException(GENMODEL_PATH + " no longer matches any package of " + ECORE_PATH);
        }
        genModel.setCanGenerate(true);
        save(resource, "updated ");
        return genModel;
    }

    private GenModel createGenModel() throws GenerationFailedException {
        Resource ecore = load(ECORE_PATH);
        if (ecore.getContents().isEmpty() || !(ecore.getContents().get(0) instanceof EPackage ePackage)) {
            throw new GenerationFailedException(ECORE_PATH + " does not contain an EPackage");
        }
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genModel.getForeignModel().add("encompass.ecore");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        GenModelSettings.apply(genModel);
        Resource resource = resourceSet.createResource(projectUri(GENMODEL_PATH));
        resource.getContents().add(genModel);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        save(resource, "created ");
        return genModel;
    }

    /** Saves the genmodel only when its content changed, so an unchanged model leaves it untouched. */
    private void save(Resource resource, String verb) throws GenerationFailedException {
        Path file = modelProject.resolve(GENMODEL_PATH);
        try {
            byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
            resource.save(Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER));
            if (before == null || !Arrays.equals(before, Files.readAllBytes(file))) {
                System.out.println(verb + file);
            }
        } catch (IOException e) {
            throw new GenerationFailedException("cannot save " + file + ": " + e.getMessage());
        }
    }

    /** Refuses to generate from an Ecore model or genmodel with errors, naming each problem. */
    private static void validate(GenModel genModel) throws GenerationFailedException {
        for (var genPackage : genModel.getGenPackages()) {
            EPackage ePackage = genPackage.getEcorePackage();
            if (ePackage == null || ePackage.eIsProxy()) {
                throw new GenerationFailedException("the genmodel's Ecore package cannot be resolved");
            }
            Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ePackage);
            if (diagnostic.getSeverity() == Diagnostic.ERROR) {
                throw new GenerationFailedException("the Ecore model is invalid:\n" + describe(diagnostic));
            }
        }
        IStatus status = genModel.validate();
        if (status.getSeverity() == IStatus.ERROR) {
            StringBuilder text = new StringBuilder("the genmodel is invalid:");
            for (IStatus child : status.isMultiStatus() ? status.getChildren() : new IStatus[] {status}) {
                if (child.getSeverity() == IStatus.ERROR) {
                    text.append("\n  ").append(child.getMessage());
                }
            }
            throw new GenerationFailedException(text.toString());
        }
    }

    private Resource load(String projectPath) throws GenerationFailedException {
        try {
            Resource resource = resourceSet.getResource(projectUri(projectPath), true);
            EcoreUtil.resolveAll(resourceSet);
            for (Resource loaded : resourceSet.getResources()) {
                if (!loaded.getErrors().isEmpty()) {
                    throw new GenerationFailedException(loaded.getURI() + ": " + loaded.getErrors().get(0).getMessage());
                }
            }
            return resource;
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new GenerationFailedException("cannot load " + projectPath + ": " + cause.getMessage());
        }
    }

    private static URI projectUri(String projectPath) {
        return URI.createPlatformResourceURI(RegenerateModel.MODEL_PROJECT + "/" + projectPath, true);
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder();
        if (diagnostic.getChildren().isEmpty()) {
            append(text, diagnostic, "  ");
        }
        // The root of a validation result only names the validated object; its children say what is wrong.
        for (Diagnostic child : diagnostic.getChildren()) {
            append(text, child, "  ");
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Diagnostic diagnostic, String indent) {
        if (diagnostic.getMessage() != null && diagnostic.getSeverity() != Diagnostic.OK) {
            text.append(indent).append(diagnostic.getMessage()).append('\n');
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            append(text, child, indent + "  ");
        }
    }
}
