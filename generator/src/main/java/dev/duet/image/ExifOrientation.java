package dev.duet.image;

import java.awt.image.BufferedImage;

/**
 * The orientation a JPEG's EXIF data gives (tag 0x0112): how the stored pixels are to be turned and mirrored to show
 * the picture as it was taken. A phone or camera held upright stores its picture sideways and says so here; a
 * browser shows the original upright, and a copy made of the stored pixels alone, which keeps no EXIF data, came
 * out sideways. Values 1 (as stored) to 8, as the EXIF standard numbers them; 5 to 8 swap width and height.
 */
final class ExifOrientation {

    /** As stored. */
    static final int AS_STORED = 1;

    private ExifOrientation() {
    }

    /** The orientation {@code jpeg}'s EXIF data gives; {@link #AS_STORED} when it gives none or cannot be read. */
    static int of(byte[] jpeg) {
        return JpegSegments.find(jpeg, 0xE1, "Exif\0\0").filter(data -> data.end() - data.start() >= 8)
                .map(data -> fromTiff(jpeg, data.start(), data.end())).orElse(AS_STORED);
    }

    /** The orientation in the first directory of the TIFF structure at {@code start}, which ends before {@code end}. */
    private static int fromTiff(byte[] b, int start, int end) {
        boolean little;
        if (b[start] == 'I' && b[start + 1] == 'I') {
            little = true;
        } else if (b[start] == 'M' && b[start + 1] == 'M') {
            little = false;
        } else {
            return AS_STORED;
        }
        if (u16(b, start + 2, little) != 42) {
            return AS_STORED;
        }
        long offset = u32(b, start + 4, little);
        if (offset < 8 || start + offset + 2 > end) {
            return AS_STORED;
        }
        int at = (int) (start + offset);
        int count = u16(b, at, little);
        for (int k = 0; k < count; k++) {
            int entry = at + 2 + 12 * k;
            if (entry + 12 > end) {
                return AS_STORED;
            }
            if (u16(b, entry, little) == 0x0112) {
                // A SHORT, one of them: its value is the first two bytes of the entry's value field.
                int value = u16(b, entry + 8, little);
                return u16(b, entry + 2, little) == 3 && value >= 1 && value <= 8 ? value : AS_STORED;
            }
        }
        return AS_STORED;
    }

    /** Whether the picture shown is the stored one turned a quarter: its width is the stored height. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The picture as it is to be shown: {@code stored} turned and mirrored as {@code orientation} says. */
    static BufferedImage apply(BufferedImage stored, int orientation) {
        if (orientation <= AS_STORED || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean swap = swapsSides(orientation);
        boolean alpha = stored.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            stored.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int ox;
                int oy;
                switch (orientation) {
                    case 2 -> { // mirrored
                        ox = w - 1 - x;
                        oy = y;
                    }
                    case 3 -> { // turned half round
                        ox = w - 1 - x;
                        oy = h - 1 - y;
                    }
                    case 4 -> { // mirrored top to bottom
                        ox = x;
                        oy = h - 1 - y;
                    }
                    case 5 -> { // mirrored along the diagonal
                        ox = y;
                        oy = x;
                    }
                    case 6 -> { // turned a quarter clockwise
                        ox = h - 1 - y;
                        oy = x;
                    }
                    case 7 -> { // mirrored along the other diagonal
                        ox = h - 1 - y;
                        oy = w - 1 - x;
                    }
                    default -> { // 8: turned a quarter anticlockwise
                        ox = y;
                        oy = w - 1 - x;
                    }
                }
                out.setRGB(ox, oy, row[x]);
            }
        }
        return out;
    }

    private static int u16(byte[] b, int at, boolean little) {
        if (at < 0 || at + 2 > b.length) {
            return -1;
        }
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at, boolean little) {
        if (at < 0 || at + 4 > b.length) {
            return -1;
        }
        long hi = u16(b, little ? at + 2 : at, little);
        long lo = u16(b, little ? at : at + 2, little);
        return hi << 16 | lo;
    }
}
