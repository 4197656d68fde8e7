package org.weconomics.support.http;

/**
 * What a download route answers: the content and the name of what it shows (a canvas's title, a partnership's
 * name), which {@link Attachments} makes the file name of.
 */
public record Download<T>(String name, T content) {}
