/**
 * The search index, another rendering of the same model: per language, shards of postings and chunks of documents that
 * the theme's search script fetches.
 */
package dev.duet.search;
