/**
 * Problems as data (severity, code, file, line) and the listener through which every stage reports them; it depends on
 * nothing, so that every stage may use it.
 */
package dev.duet.diagnostic;
