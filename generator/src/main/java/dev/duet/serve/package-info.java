/**
 * The preview: a local server for the output folder, a watcher of the site's files and live reload, given the rebuild
 * to run as a function.
 */
package dev.duet.serve;
