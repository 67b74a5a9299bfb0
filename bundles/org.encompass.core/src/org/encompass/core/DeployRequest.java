package org.encompass.core;

import java.util.List;
import java.util.Map;

import org.encompass.core.spi.CloneMethod;

/**
 * Deploy a master onto machines (paper, section 3, "Deployment of Functionality").
 *
 * @param master     the master to clone
 * @param machines   one clone per machine ({@code host/vm} or unique names)
 * @param method     clone method, or {@code null} for the storage device's default
 * @param variables  customization data per machine name as given in {@code machines}; may be empty
 * @param activate   boot the machines at the end
 */
public record DeployRequest(String master, List<String> machines, CloneMethod method,
        Map<String, Map<String, String>> variables, boolean activate) {
    public DeployRequest {
        machines = List.copyOf(machines);
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }
}
