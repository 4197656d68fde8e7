package org.weconomics.infrastructure.process;

import java.nio.file.Path;

/** A component did not start; the message names it and the log file to read. */
public class ComponentStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path logFile;

    public ComponentStartException(String message, Path logFile, Throwable cause) {
        super(logFile == null ? message : message + " (log: " + logFile + ")", cause);
        this.logFile = logFile;
    }

    public Path logFile() {
        return logFile;
    }
}
