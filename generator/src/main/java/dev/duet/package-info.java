/**
 * The facade, Duet (import, build, check, serve), over the pipeline: SiteBuild runs one build's stages in order
 * (read, assemble, plan, view and render, write), SourceImport one import, and PreviewSession a preview's builds.
 * BuildMemory says what a build remembers of the builds before it and where: a preview's PreviewMemory, which its
 * session owns and hands to each build, in memory; the render cache, build marker, manifest and snapshot on disk.
 */
package dev.duet;
