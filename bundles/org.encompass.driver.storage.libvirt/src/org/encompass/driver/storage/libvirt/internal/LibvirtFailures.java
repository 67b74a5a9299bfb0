package org.encompass.driver.storage.libvirt.internal;

import org.libvirt.Error;
import org.libvirt.LibvirtException;

/** Turns libvirt's errors into text for the operator and tells the kinds apart. */
final class LibvirtFailures {
    private LibvirtFailures() {
    }

    static String message(LibvirtException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? String.valueOf(e.getError()) : message;
    }

    static boolean isNoVolume(LibvirtException e) {
        return code(e) == Error.ErrorNumber.VIR_ERR_NO_STORAGE_VOL;
    }

    static boolean isNoPool(LibvirtException e) {
        return code(e) == Error.ErrorNumber.VIR_ERR_NO_STORAGE_POOL;
    }

    static boolean isUnsupported(LibvirtException e) {
        return code(e) == Error.ErrorNumber.VIR_ERR_NO_SUPPORT;
    }

    private static Error.ErrorNumber code(LibvirtException e) {
        return e.getError() == null ? null : e.getError().getCode();
    }
}
