/**
 * Checks of a built site before it goes live (links, anchors, titles, languages, translations); reads only the output
 * folder, after the build.
 */
package dev.duet.check;
