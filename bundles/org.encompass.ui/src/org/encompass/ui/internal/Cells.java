package org.encompass.ui.internal;

import java.text.DateFormat;
import java.util.Date;

/** How the console's tables show a cell's value: a date in the operator's locale, nothing for a missing value. */
public final class Cells {
    private Cells() {
    }

    public static String date(Date date) {
        return date == null ? "" : DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.MEDIUM).format(date);
    }

    public static String text(String text) {
        return text == null ? "" : text;
    }
}
