package org.encompass.releng.codegen;

/** The model could not be loaded, validated or generated; the message says why. */
final class GenerationFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    GenerationFailedException(String message) {
        super(message);
    }
}
