/**
 * The pages of the model: the site plan of output files, one typed view per page kind, and the theme's templates that
 * turn the views into HTML, Atom feeds and sitemaps.
 */
package dev.duet.render;
