/**
 * The annotations of a Sluice pipeline. They have {@code CLASS} retention: the Sluice annotation processor
 * reads them at compile time and nothing reads them at run time.
 */
package dev.sluice.annotations;
