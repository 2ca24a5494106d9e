package org.warroom.geography;

/** A geography file that cannot be read, with the file, line and reason. Nothing was imported. */
public class GeographyException extends RuntimeException {
    public GeographyException(String message) {
        super(message);
    }

    public GeographyException(String message, Throwable cause) {
        super(message, cause);
    }
}
