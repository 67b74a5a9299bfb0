package org.encompass.driver.libvirt;

import org.libvirt.Error;
import org.libvirt.LibvirtException;

/** Turns libvirt's errors into text for the operator. */
final class LibvirtErrors {
    private LibvirtErrors() {
    }

    static String message(LibvirtException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? String.valueOf(e.getError()) : message;
    }

    static boolean isNoDomain(LibvirtException e) {
        return e.getError() != null && e.getError().getCode() == Error.ErrorNumber.VIR_ERR_NO_DOMAIN;
    }
}
