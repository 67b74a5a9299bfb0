package org.encompass.core;

import java.util.List;

/** What a deploy did for each machine. */
public record DeployResult(List<MachineOutcome> outcomes, ClonePlan plan) {

    public DeployResult(List<MachineOutcome> outcomes) {
        this(outcomes, null);
    }

    /**
     * @param machine the machine as named in the request
     * @param cloneName the clone made for it, or {@code null} if cloning failed
     * @param error   why it stopped, or {@code null} when every step succeeded
     */
    public record MachineOutcome(String machine, String cloneName, String error) {
        public boolean succeeded() {
            return error == null;
        }
    }

    public boolean succeeded() {
        return outcomes.stream().allMatch(MachineOutcome::succeeded);
    }

    public List<String> clones() {
        return outcomes.stream().map(MachineOutcome::cloneName).filter(c -> c != null).toList();
    }
}
