/**
 * Article bodies from Markdown to safe HTML, by a renderer built once per build for the render stage and the search
 * index.
 */
package dev.duet.markdown;
