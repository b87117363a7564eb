/**
 * Images: where an article's pictures are ({@link dev.duet.image.ImageSource}), what they are, read from their
 * headers only ({@link dev.duet.image.ImageProbe}), and their resized copies, made once per content digest and kept
 * under the cache folder ({@link dev.duet.image.ImageVariants}). Bad images are problems, never exceptions.
 */
package dev.duet.image;
