package org.passerelle.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import org.jspecify.annotations.Nullable;

/** The upload field's own words, in the reader's language. */
public final class UploadTexts {

    private static final long MB = 1024 * 1024;

    private UploadTexts() {}

    /**
     * @param limit the most a file may have, in bytes (whole megabytes), named when a file is too large
     * @param wrongType the key of the text for a file of a type the field does not take, or null when it takes any
     */
    public static UploadI18N of(Component in, long limit, @Nullable String wrongType) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles()
                .setOne(in.getTranslation("upload.add"))
                .setMany(in.getTranslation("upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles()
                .setOne(in.getTranslation("upload.drop"))
                .setMany(in.getTranslation("upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(in.getTranslation("upload.too-many"))
                .setFileIsTooBig(tooLarge(in, limit))
                .setIncorrectFileType(wrongType == null ? null : in.getTranslation(wrongType)));
        texts.setFile(new UploadI18N.File()
                .setRetry(in.getTranslation("upload.retry"))
                .setStart(in.getTranslation("upload.start"))
                .setRemove(in.getTranslation("upload.remove")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(in.getTranslation("upload.connecting"))
                        .setStalled(in.getTranslation("upload.stalled"))
                        .setProcessing(in.getTranslation("upload.processing"))
                        .setHeld(in.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(in.getTranslation("upload.remaining"))
                        .setUnknown(in.getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(in.getTranslation("upload.server-unavailable"))
                        .setUnexpectedServerError(in.getTranslation("upload.server-error"))
                        .setForbidden(in.getTranslation("upload.forbidden"))
                        .setFileTooLarge(tooLarge(in, limit))));
        return texts;
    }

    /** Why a file was refused as too large, with the limit. */
    public static String tooLarge(Component in, long limit) {
        return in.getTranslation("upload.too-big", limit / MB);
    }
}
