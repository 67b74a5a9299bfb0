package org.encompass.driver.vsphere.internal;

/**
 * A VM template used as a master image: its image location is {@code template:NAME}. Cloning it
 * (CloneVM_Task) gives a clone image that is an ordinary disk on the device's datastore.
 */
final class TemplateImages {
    static final String PREFIX = "template:";

    private TemplateImages() {
    }

    static String location(String templateName) {
        return PREFIX + templateName;
    }

    static boolean isTemplate(String location) {
        return location.startsWith(PREFIX);
    }

    static String name(String location) {
        return location.substring(PREFIX.length());
    }
}
