/**
 * The site's settings, built once by a builder that reports every bad field at once: the first stage, read by every
 * later one and depending on nothing.
 */
package dev.duet.config;
