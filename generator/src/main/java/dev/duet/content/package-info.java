/**
 * Article files on disk: front matter and Markdown read for a build and written by import (never over an edit), paired
 * as translations, and the glossary.
 */
package dev.duet.content;
