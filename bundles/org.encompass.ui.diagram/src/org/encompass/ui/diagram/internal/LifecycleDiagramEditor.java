package org.encompass.ui.diagram.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.cdo.view.CDOViewInvalidationEvent;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.net4j.util.event.IListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.encompass.core.lifecycle.Operation;
import org.encompass.model.Clone;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.NavigatorView;

/**
 * The graphical lifecycle editor: the state diagram of docs/lifecycle.md with every clone in its box, live
 * (it redraws whenever anyone commits). Dragging clones along an arrow runs that arrow's operation
 * through the console's own command, so the rules, prompts, Jobs and refusals are those of the menus.
 * Its selection feeds the Properties view and the lifecycle commands.
 */
public final class LifecycleDiagramEditor extends EditorPart implements ITabbedPropertySheetPageContributor {
    public static final String ID = "org.encompass.ui.diagram.lifecycleEditor";
    public static final String CONTEXT_MENU = "org.encompass.ui.diagram.lifecycleEditor.popup";
    private static final String COMMANDS = "org.encompass.ui.commands.";

    private LifecycleDiagram diagram;
    private final DiagramSelection selectionProvider = new DiagramSelection();
    private IListener commitListener;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof LifecycleDiagramInput)) {
            throw new PartInitException("not a lifecycle diagram: " + input);
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        site.setSelectionProvider(selectionProvider);
    }

    @Override
    public void createPartControl(Composite parent) {
        diagram = new LifecycleDiagram(parent, LifecycleGraph.fromRules());
        diagram.addSelectionListener(selectionProvider::changed);
        diagram.setMover(new CommandMover());
        MenuManager menu = new MenuManager();
        menu.add(new org.eclipse.jface.action.GroupMarker(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        diagram.control().setMenu(menu.createContextMenu(diagram.control()));
        getSite().registerContextMenu(CONTEXT_MENU, menu, selectionProvider);
        refresh();
        CDOView view = session().view();
        Display display = parent.getDisplay();
        commitListener = event -> {
            if (event instanceof CDOViewInvalidationEvent) {
                display.asyncExec(this::refresh);
            }
        };
        view.addListener(commitListener);
    }

    /** Reads the repository again and redraws (on the UI thread). */
    void refresh() {
        if (diagram != null && !diagram.control().isDisposed()) {
            diagram.setContent(DiagramContent.of(diagram.graph(), session().site(), master()));
        }
    }

    public LifecycleDiagram diagram() {
        return diagram;
    }

    private String master() {
        return ((LifecycleDiagramInput) getEditorInput()).master();
    }

    private static ConsoleSession session() {
        return ConsolePlugin.getDefault().session();
    }

    /** Runs the console's command for an operation on the dragged elements, with them as its selection. */
    private final class CommandMover implements LifecycleDiagram.Mover {
        @Override
        public void move(List<Object> elements, Operation operation) {
            IHandlerService handlers = getSite().getService(IHandlerService.class);
            ICommandService commands = getSite().getService(ICommandService.class);
            IEvaluationContext context = handlers.createContextSnapshot(false);
            StructuredSelection selection = new StructuredSelection(elements);
            context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
            context.addVariable(ISources.ACTIVE_MENU_SELECTION_NAME, selection);
            ParameterizedCommand command = ParameterizedCommand.generateCommand(
                    commands.getCommand(COMMANDS + operation.label()), Map.of());
            try {
                handlers.executeCommandInContext(command, null, context);
            } catch (NotEnabledException e) {
                status(NLS.bind(DiagramMessages.oneAtATime, operation.label()));
            } catch (CommandException e) {
                status(NLS.bind(DiagramMessages.moveFailed, new Object[] { operation.label(), names(elements), e.getMessage() }));
            }
        }

        @Override
        public void refused(List<Object> elements, DiagramNode target) {
            String from = String.join(", ", diagram.sources().stream().map(DiagramPainter::title).toList());
            status(NLS.bind(DiagramMessages.refused, new Object[] { names(elements), from, DiagramPainter.title(target) }));
        }
    }

    private static String names(List<Object> elements) {
        return String.join(", ", elements.stream()
                .map(e -> e instanceof Clone c ? c.getName() : e instanceof org.encompass.model.Master m ? m.getName() : String.valueOf(e))
                .toList());
    }

    /** The editor's status line shows why a drop did nothing. */
    private void status(String message) {
        getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
    }

    @Override
    public String getContributorId() {
        return NavigatorView.PROPERTIES_CONTRIBUTOR;
    }

    /** The Properties view shows the same tabbed sections as for a selection in the navigators. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new TabbedPropertySheetPage(this));
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        diagram.control().setFocus();
        getEditorSite().getActionBars().getStatusLineManager().setMessage(DiagramMessages.hint);
    }

    @Override
    public void dispose() {
        if (commitListener != null) {
            session().view().removeListener(commitListener);
        }
        super.dispose();
    }

    // Nothing to save: every change is an engine operation, committed when it runs.
    @Override
    public void doSave(IProgressMonitor monitor) {
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** The diagram's selection for the workbench (Properties view, command enablement, context menu). */
    private final class DiagramSelection implements ISelectionProvider {
        private final List<ISelectionChangedListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        void changed(List<Object> elements) {
            selection = new StructuredSelection(elements);
            SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
            listeners.forEach(l -> l.selectionChanged(event));
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        /** Selects the chips of the given clones and masters (those the diagram shows). */
        @Override
        public void setSelection(ISelection newSelection) {
            if (diagram != null && newSelection instanceof org.eclipse.jface.viewers.IStructuredSelection structured) {
                diagram.setSelection(structured.toList()); // comes back through changed()
            }
        }
    }
}
