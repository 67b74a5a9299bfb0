package org.encompass.ui.internal.theme;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.encompass.ui.internal.Messages;

/** Window > Theme > Light / Dark: switches the CSS theme now and for the next start. */
@SuppressWarnings("restriction") // IThemeEngine: the platform's own theme switch has no API either
public final class SwitchThemeHandler extends AbstractHandler {
    public static final String THEME_PARAMETER = "org.encompass.ui.commands.theme.id";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IThemeEngine engine = Themes.engine(workbench);
        if (engine == null) {
            throw new ExecutionException(Messages.themeNoEngine);
        }
        String requested = event.getParameter(THEME_PARAMETER);
        String theme = requested != null ? requested : Themes.DARK.equals(Themes.active(workbench)) ? Themes.LIGHT : Themes.DARK;
        if (engine.getThemes().stream().noneMatch(t -> t.getId().equals(theme))) {
            throw new ExecutionException(NLS.bind(Messages.themeUnknown, theme));
        }
        engine.setTheme(theme, true);
        StaleThemeColors.refresh(workbench.getDisplay());
        return null;
    }
}
