package org.encompass.ui.internal.theme;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;

/**
 * The console's two CSS themes (plugin.xml, {@code org.eclipse.e4.ui.css.swt.theme}). The workbench's
 * theme engine applies them to every widget and remembers the choice for the next start.
 */
@SuppressWarnings("restriction") // IThemeEngine: the platform's own theme switch has no API either
public final class Themes {
    public static final String LIGHT = "org.encompass.ui.theme.light";
    public static final String DARK = "org.encompass.ui.theme.dark";
    /** Where the engine registers itself on its display (ThemeEngine's contract). */
    private static final String ENGINE_KEY = "org.eclipse.e4.ui.css.swt.theme";

    private Themes() {
    }

    /** The workbench's theme engine, or null when styling is off (cssTheme=none). */
    public static IThemeEngine engine(IWorkbench workbench) {
        IThemeEngine engine = workbench.getService(IThemeEngine.class);
        if (engine == null) {
            Object data = Display.getCurrent() == null ? null : Display.getCurrent().getData(ENGINE_KEY);
            engine = data instanceof IThemeEngine e ? e : null;
        }
        return engine;
    }

    /** The active theme's id, or null without an engine or theme. */
    public static String active(IWorkbench workbench) {
        IThemeEngine engine = engine(workbench);
        return engine == null || engine.getActiveTheme() == null ? null : engine.getActiveTheme().getId();
    }
}
