package dev.sluice.runtime;

/**
 * Turns a method's return value into the JSON body of its response. Generated handlers hold one per returned
 * type, created once per container.
 *
 * @param <T> the returned type
 */
public interface PayloadEncoder<T> {

    String write(T value);
}
