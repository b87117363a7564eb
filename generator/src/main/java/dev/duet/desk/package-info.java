/**
 * The translation desk: which stories lack a translation, which translations may be out of date since their
 * original changed, where the two versions of a story disagree, which glossary terms one side drops and which tags
 * the glossary does not translate; reported as problems, as JSON and as a page for the desk.
 */
package dev.duet.desk;
