package cn.gov.opendata.disclosure.item.service;

/**
 * Remembers 64-bit fingerprints of the natural keys seen in an import (open-addressing sets of longs: 2,000,000
 * keys take ~32 MB), to notice a key given twice without a database pass. Equal fingerprints only mean "maybe":
 * the caller confirms in the database. The set is split 256 ways by the fingerprint's top bits, so that it grows in
 * small steps: one table doubling from 16 to 32 MB did not fit a 160 MB heap beside the rest of the import.
 */
final class KeyFingerprints {

    private static final int PARTS = 256;

    private final long[][] parts = new long[PARTS][];
    private final int[] sizes = new int[PARTS];
    private boolean zeroSeen;

    KeyFingerprints() {
        for (int p = 0; p < PARTS; p++) {
            parts[p] = new long[256];
        }
    }

    /** Adds the key; answers false if its fingerprint was already there. */
    boolean add(String agency, String indexNumber) {
        long fingerprint = fingerprint(agency, indexNumber);
        if (fingerprint == 0) {
            boolean fresh = !zeroSeen;
            zeroSeen = true;
            return fresh;
        }
        int p = (int) (fingerprint >>> 56);
        if (sizes[p] * 2 >= parts[p].length) {
            parts[p] = grown(parts[p]);
        }
        if (!insert(parts[p], fingerprint)) {
            return false;
        }
        sizes[p]++;
        return true;
    }

    private static boolean insert(long[] table, long fingerprint) {
        int mask = table.length - 1;
        int i = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == fingerprint) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = fingerprint;
        return true;
    }

    private static long[] grown(long[] old) {
        long[] table = new long[old.length * 2];
        for (long fingerprint : old) {
            if (fingerprint != 0) {
                insert(table, fingerprint);
            }
        }
        return table;
    }

    /** FNV-1a over both strings with a separator, then a final mix so that close keys spread over the table. */
    static long fingerprint(String agency, String indexNumber) {
        long hash = 0xcbf29ce484222325L;
        hash = mix(hash, agency);
        hash = (hash ^ 0xffff) * 0x100000001b3L;
        hash = mix(hash, indexNumber);
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }

    private static long mix(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }
}
