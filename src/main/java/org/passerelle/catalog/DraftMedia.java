package org.passerelle.catalog;

/** A file of a draft that the editor's preview may show, with the content type its bytes are of. */
public record DraftMedia(byte[] bytes, String contentType) {}
