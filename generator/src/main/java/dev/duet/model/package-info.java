/**
 * The site as one model made from the paired article files: pages with their translations, tags and permalinks, and the
 * news rules that are facts about the site (related articles, archives, facts per language).
 */
package dev.duet.model;
