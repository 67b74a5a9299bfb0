package org.encompass.ui.drivers;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The labelled text fields contributed connection pages are made of, so they all look alike. */
public final class Fields {
    private Fields() {
    }

    public static void layout(Composite parent, int columns) {
        parent.setLayout(new GridLayout(columns, false));
    }

    /** A label and a text spanning {@code span} columns, named {@code field} and reporting edits to {@code changed}. */
    public static Text text(Composite parent, String label, String field, int style, int span, Runnable changed) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | style);
        text.setData(DriverConnectionPage.FIELD, field);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(text);
        text.addModifyListener(e -> changed.run());
        return text;
    }

    /** A wrapped hint under the fields (examples of valid input). */
    public static void hint(Composite parent, String hint, int columns) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(hint);
        GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).hint(400, SWT.DEFAULT).indent(0, 8).applyTo(label);
    }

    /** Whether {@code value} parses as an absolute URI with a scheme (the engine needs one to pick a connection). */
    public static boolean absoluteUri(String value) {
        try {
            return new java.net.URI(value).getScheme() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
