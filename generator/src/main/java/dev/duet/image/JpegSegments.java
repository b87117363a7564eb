package dev.duet.image;

/**
 * The segments before a JPEG's image data, found by their marker and the name their data opens with ({@code Exif},
 * {@code Adobe}): read from the bytes, without a decoder.
 */
final class JpegSegments {

    /** The data of a segment past its name: from {@code start} up to {@code end}, not included. */
    record Data(int start, int end) {
    }

    private JpegSegments() {
    }

    /**
     * The data of the first segment with {@code marker} (0xE1 for EXIF, 0xEE for Adobe's) whose data opens with
     * {@code name}; empty when there is none or the file cannot be walked.
     */
    static java.util.Optional<Data> find(byte[] jpeg, int marker, String name) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return java.util.Optional.empty();
        }
        int i = 2;
        while (i + 4 <= jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                return java.util.Optional.empty();
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
                return java.util.Optional.empty(); // the image data: these segments come before it
            }
            int length = (jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > jpeg.length) {
                return java.util.Optional.empty();
            }
            if (m == marker && length - 2 >= name.length() && opensWith(jpeg, i + 4, name)) {
                return java.util.Optional.of(new Data(i + 4 + name.length(), i + 2 + length));
            }
            i += 2 + length;
        }
        return java.util.Optional.empty();
    }

    /** Whether the bytes at {@code at} are the ASCII {@code name}; the caller makes sure there are enough. */
    static boolean opensWith(byte[] bytes, int at, String name) {
        for (int k = 0; k < name.length(); k++) {
            if (bytes[at + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
