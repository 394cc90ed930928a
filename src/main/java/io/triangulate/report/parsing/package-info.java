/**
 * Tokenisation and normalisation: turns a report's imported text into the normalised text and
 * sentence spans every later stage works on.
 *
 * <p>Contract:
 * <ul>
 * <li>{@link io.triangulate.report.parsing.TextNormalizer} output is NFC, uses {@code \n} only,
 * holds one paragraph per line (blank lines are dropped) and keeps quotes and dashes as written,
 * so claims can be exact substrings of it.</li>
 * <li>{@link io.triangulate.report.parsing.SentenceSplitter} returns spans into that text, in
 * order, never crossing a paragraph break, trimmed of surrounding whitespace.</li>
 * <li>{@link io.triangulate.report.parsing.TokenTagger} gives Universal Dependencies tags
 * (NOUN, PROPN, VERB, AUX, ...) and lower-case lemmas; its offsets are relative to its input.</li>
 * </ul>
 *
 * <p>Assumptions: English news prose; hard-wrapped plain text has been unwrapped by the importer
 * (otherwise each wrapped line becomes a paragraph). The OpenNLP models come from the
 * opennlp-models-*-en 1.3.0 jars on the classpath; nothing is fetched over the network.
 *
 * <p>Everything here is pure: no CDI, no persistence, no logging, and every public class is
 * thread-safe after construction.
 */
package io.triangulate.report.parsing;
