package org.passerelle.credentials;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.util.Map;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * A QR code drawn as vector squares, sharp at any print size. The quiet zone around it is left to the page:
 * nothing else is drawn within four modules of it.
 */
final class QrCode {

    private QrCode() {}

    /** Draws the code of a text in a square of the given side, its lower left corner at (x, y). */
    static void draw(PdfContentByte canvas, String text, float x, float y, float side) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.MARGIN,
                                    0,
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.Q,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code holds " + text.length() + " characters", e);
        }
        float module = side / matrix.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            float top = y + side - row * module;
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                // A run of dark modules as one rectangle: fewer operators, no hairline seams between squares.
                canvas.rectangle(x + start * module, top - module, (column - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
