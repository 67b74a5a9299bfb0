package org.encompass.driver.libvirt;

import org.libvirt.Error;
import org.libvirt.LibvirtException;

/** Turns libvirt's errors into text for the operator and tells the kinds apart (both libvirt drivers). */
public final class LibvirtErrors {
    private LibvirtErrors() {
    }

    public static String message(LibvirtException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? String.valueOf(e.getError()) : message;
    }

    public static boolean isNoDomain(LibvirtException e) {
        return code(e) == Error.ErrorNumber.VIR_ERR_NO_DOMAIN;
    }

    public static boolean isNoVolume(LibvirtException e) {
        return code(e) == Error.ErrorNumber.VIR_ERR_NO_STORAGE_VOL;
    }

    public static boolean isNoPool(LibvirtException e) {
        return code(e) == Error.ErrorNumber.VIR_ERR_NO_STORAGE_POOL;
    }

    public static boolean isUnsupported(LibvirtException e) {
        return code(e) == Error.ErrorNumber.VIR_ERR_NO_SUPPORT;
    }

    private static Error.ErrorNumber code(LibvirtException e) {
        return e.getError() == null ? null : e.getError().getCode();
    }
}
