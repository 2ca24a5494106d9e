package org.warroom.map;

/** A boundary file that is missing or cannot be read; its message says which file and what is wrong. */
public final class MapDataException extends RuntimeException {
    public MapDataException(String message) {
        super(message);
    }

    public MapDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
