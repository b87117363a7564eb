package dev.duet.image;

/**
 * The segments before a JPEG's image data, found by their marker and the name their data opens with ({@code Exif},
 * {@code Adobe}): read from the bytes, without a decoder.
 */
final class JpegSegments {

    private JpegSegments() {
    }

    /**
     * Where the data of the first segment with {@code marker} (0xE1 for EXIF, 0xEE for Adobe's) whose data opens with
     * {@code name} begins, just past the name; -1 when there is none or the file cannot be walked. Its data ends at
     * {@link #end}.
     */
    static int find(byte[] jpeg, int marker, String name) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return -1;
        }
        int i = 2;
        while (i + 4 <= jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                return -1;
            }
            int m = jpeg[i + 1] & 0xFF;
            if (m == 0xFF) {
                i++; // a fill byte
                continue;
            }
            if (m == 0x01 || m >= 0xD0 && m <= 0xD8) {
                i += 2; // a marker without a segment
                continue;
            }
            if (m == 0xDA || m == 0xD9) {
                return -1; // the image data: these segments come before it
            }
            int length = (jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > jpeg.length) {
                return -1;
            }
            if (m == marker && length - 2 >= name.length() && opensWith(jpeg, i + 4, name)) {
                return i + 4 + name.length();
            }
            i += 2 + length;
        }
        return -1;
    }

    /** Where the data of the segment whose data {@link #find} found at {@code at} ends. */
    static int end(byte[] jpeg, int at, String name) {
        int segment = at - name.length() - 4;
        return segment + 2 + ((jpeg[segment + 2] & 0xFF) << 8 | (jpeg[segment + 3] & 0xFF));
    }

    private static boolean opensWith(byte[] bytes, int at, String name) {
        for (int k = 0; k < name.length(); k++) {
            if (bytes[at + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
