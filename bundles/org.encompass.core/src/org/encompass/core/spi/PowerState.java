package org.encompass.core.spi;

/** Power state of a machine as its host reports it. */
public enum PowerState {
    RUNNING, PAUSED, OFF, UNKNOWN
}
