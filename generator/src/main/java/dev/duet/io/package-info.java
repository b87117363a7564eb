/**
 * The file plumbing every stage shares: listing a site's files without leaving it, atomic writes, digests, JSON and
 * work on a fixed number of threads.
 */
package dev.duet.io;
