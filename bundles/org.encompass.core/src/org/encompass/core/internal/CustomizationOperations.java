package org.encompass.core.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.EncompassException;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.CustomizationItemValidator;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.model.Clone;
import org.encompass.model.Master;
import org.encompass.model.ModelFactory;
import org.encompass.model.Variable;

/** Customization data, items, staged apply and rollback (paper, section 2.4). */
public final class CustomizationOperations {
    private final OperationRunner runner;
    private final CloneCustomizer customizer;

    public CustomizationOperations(OperationRunner runner, CloneCustomizer customizer) {
        this.runner = runner;
        this.customizer = customizer;
    }

    public void addItem(String masterName, CustomizationItem item) {
        String problem = CustomizationItemValidator.problem(item);
        if (problem != null) {
            throw new EncompassException("cannot add the customization item to master " + masterName + ": " + problem);
        }
        runner.model().write(site -> {
            Master master = SiteLookup.master(site, masterName);
            if (master.getLocation() == null) {
                throw new EncompassException("cannot add a customization item to master " + masterName
                        + ": it is retired (deleted; only its history is kept), so no clone can ever use the item");
            }
            master.getCustomizationItems().add(toModel(item, CloneSnapshot.device(master.getStorage())));
            return null;
        });
    }

    /** {@code item}, refused with the validator's reason when it could not be applied (the one check of item-add and archives). */
    static CustomizationItem checked(CustomizationItem item) {
        String problem = CustomizationItemValidator.problem(item);
        if (problem != null) {
            throw new EncompassException(problem);
        }
        return item;
    }

    /** The model's item; a file replacement's content goes to {@code device} (the master's), see {@link ItemContents}. */
    static org.encompass.model.CustomizationItem toModel(CustomizationItem item, StorageDeviceSpec device) {
        if (item instanceof FileReplacement file) {
            org.encompass.model.FileReplacement result = ModelFactory.eINSTANCE.createFileReplacement();
            result.setDescription(file.description());
            result.setPath(file.path());
            ItemContents.record(result, file.content(), device);
            result.setTemplate(file.template());
            return result;
        }
        RegexReplacement regex = (RegexReplacement) item;
        org.encompass.model.RegexReplacement result = ModelFactory.eINSTANCE.createRegexReplacement();
        result.setDescription(regex.description());
        result.setPath(regex.path());
        result.setPattern(regex.pattern());
        result.setReplacement(regex.replacement());
        result.setFlags(regex.flags());
        return result;
    }

    /** Sets (or, with a null value, removes) variables of a clone's customization data. */
    public void setVariables(String cloneName, Map<String, String> variables) {
        runner.runInModel(Operation.SET_VARIABLES, cloneName, site -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            Lifecycle.check(cloneName, States.of(clone), Operation.SET_VARIABLES);
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                String name = variable.getKey();
                if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]{0,99}")) {
                    throw new EncompassException("invalid variable name " + org.encompass.core.Quoted.of(name)
                            + ": 1-100 letters, digits, '_', '.', '-', not starting with a digit");
                }
                org.encompass.core.Limits.VARIABLE_VALUE.check("the value of " + name, variable.getValue());
            }
            return new OperationRunner.Plan<>(cloneName, Map.of("variables", String.join(",", variables.keySet())),
                    States.of(clone).toString(), List.of("clone:" + cloneName), variables);
        }, (site, v, ok) -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            v.forEach((name, value) -> {
                clone.getVariables().removeIf(existing -> name.equals(existing.getName()));
                if (value != null) {
                    Variable variable = ModelFactory.eINSTANCE.createVariable();
                    variable.setName(name);
                    variable.setValue(value);
                    clone.getVariables().add(variable);
                }
            });
            return States.of(clone).toString();
        });
    }

    public void apply(String cloneName, int target, IProgressMonitor monitor) {
        stage(Operation.CUSTOMIZE_APPLY, cloneName, target, false, monitor);
    }

    public void rollback(String cloneName, int target, boolean force, IProgressMonitor monitor) {
        stage(Operation.CUSTOMIZE_ROLLBACK, cloneName, target, force, monitor);
    }

    private void stage(Operation operation, String cloneName, int target, boolean force, IProgressMonitor monitor) {
        runner.run(operation, cloneName, site -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            Lifecycle.check(cloneName, States.of(clone), operation);
            int pointer = clone.getCustomizationPointer();
            int size = clone.getMaster().getCustomizationItems().size();
            boolean forward = operation == Operation.CUSTOMIZE_APPLY;
            if (target < 0 || target > size || (forward ? target < pointer : target > pointer)) {
                throw new EncompassException("cannot " + operation.label() + " " + cloneName + " to " + target
                        + ": the pointer is at " + pointer + " of " + size + " items; "
                        + (forward ? "apply goes to " + pointer + ".." + size : "rollback goes to 0.." + pointer));
            }
            CloneCustomizer.Work work = CloneCustomizer.snapshot(clone,
                    clone.getMachine() == null ? null : clone.getMachine().getName());
            return new OperationRunner.Plan<>(cloneName,
                    Map.of("target", Integer.toString(target), "pointerBefore", Integer.toString(pointer)),
                    "pointer " + pointer, List.of("clone:" + cloneName), work);
        }, (work, m) -> {
            if (operation == Operation.CUSTOMIZE_APPLY) {
                customizer.apply(work, target, m);
            } else {
                customizer.rollback(work, target, force, m);
            }
            return Boolean.TRUE;
        }, (site, work, ok) -> "pointer " + SiteLookup.clone(site, cloneName).getCustomizationPointer(), monitor);
    }
}
