/**
 * The facade, Duet (import, build, check, serve), over the pipeline: SiteBuild runs one build's stages in order,
 * SourceImport one import, and PreviewSession keeps what a preview remembers between rebuilds.
 */
package dev.duet;
