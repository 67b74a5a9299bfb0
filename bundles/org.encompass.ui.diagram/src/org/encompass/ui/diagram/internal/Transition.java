package org.encompass.ui.diagram.internal;

import org.encompass.core.lifecycle.Operation;

/** An arrow of the lifecycle diagram: {@code operation} takes a clone from {@code from} to {@code to}. */
public record Transition(DiagramNode from, DiagramNode to, Operation operation) {
}
