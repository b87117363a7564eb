/**
 * The last stage of a build: its files written into the output folder, with the manifest, the render cache and the
 * snapshot that let the next build skip what has not changed.
 */
package dev.duet.output;
