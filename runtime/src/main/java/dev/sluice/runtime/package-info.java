/**
 * What generated Sluice handlers call at run time: decoding payloads, reporting failed batch items, the
 * timeout guard and the structured failure log. Every class here ships in every Lambda jar; each has one job,
 * and nothing here uses reflection per message.
 */
package dev.sluice.runtime;
