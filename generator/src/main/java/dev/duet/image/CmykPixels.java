package dev.duet.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * The colours of a CMYK JPEG, as pictures from print desks often are. The JDK decodes its inks into a colour space
 * of its own whose conversion to screen colours washed them out (an orange of rgb(255, 155, 55) came out as
 * rgb(254, 205, 128)); browsers convert the inks as written. The conversion here is the plain one, without the
 * file's colour profile: red is what neither cyan nor black takes away, and so on.
 */
final class CmykPixels {

    private CmykPixels() {
    }

    /** Whether {@code image} holds inks, not screen colours. */
    static boolean isCmyk(BufferedImage image) {
        return image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK
                && image.getRaster().getNumBands() == 4;
    }

    /**
     * {@code image}'s screen colours. {@code jpeg} tells how its inks are stored: Adobe's writers, which most CMYK
     * JPEGs come from, mark their files and store each ink inverted (255 for none).
     */
    static BufferedImage toRgb(BufferedImage image, byte[] jpeg) {
        boolean inverted = JpegSegments.find(jpeg, 0xEE, "Adobe").isPresent();
        Raster raster = image.getRaster();
        int w = raster.getWidth();
        int h = raster.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w * 4];
        int[] rgb = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int c = row[4 * x];
                int m = row[4 * x + 1];
                int yellow = row[4 * x + 2];
                int k = row[4 * x + 3];
                if (!inverted) {
                    c = 255 - c;
                    m = 255 - m;
                    yellow = 255 - yellow;
                    k = 255 - k;
                }
                // Each value is now what the ink leaves of its light: 255 for no ink.
                rgb[x] = (c * k / 255) << 16 | (m * k / 255) << 8 | (yellow * k / 255);
            }
            out.setRGB(0, y, w, 1, rgb, 0, w);
        }
        return out;
    }
}
