package org.weconomics.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body of unannounced length (chunked) passed on as it arrives, failing once it grows beyond the
 * limit, so that a large upload is cut off without being buffered.
 */
final class SizeLimitedStream implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long maxBytes;
    private final Runnable onExceeded;
    private Handler<Throwable> exceptionHandler;
    private long received;
    private boolean exceeded;

    SizeLimitedStream(ReadStream<Buffer> source, long maxBytes, Runnable onExceeded) {
        this.source = source;
        this.maxBytes = maxBytes;
        this.onExceeded = onExceeded;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (exceeded) {
                return;
            }
            received += chunk.length();
            if (received > maxBytes) {
                exceeded = true;
                onExceeded.run();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new BodyTooLargeException(maxBytes));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(end -> {
            if (!exceeded && endHandler != null) {
                endHandler.handle(end);
            }
        });
        return this;
    }

    static final class BodyTooLargeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BodyTooLargeException(long maxBytes) {
            super("The request body is larger than " + maxBytes + " bytes", null, false, false);
        }
    }
}
