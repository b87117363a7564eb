/**
 * The first stage of import: a source file's bytes decoded to text (BOM, charset, line ends) and read line by line into
 * an ImportedArticle.
 */
package dev.duet.source;
