package cn.gov.opendata.disclosure.item.service;

/**
 * Remembers 64-bit fingerprints of the natural keys seen in an import (an open-addressing set of longs: 2,000,000
 * keys take ~32 MB), to notice a key given twice without a database pass. Equal fingerprints only mean "maybe":
 * the caller confirms in the database.
 */
final class KeyFingerprints {

    private long[] slots = new long[1 << 16];
    private int size;
    private boolean zeroSeen;

    /** Adds the key; answers false if its fingerprint was already there. */
    boolean add(String agency, String indexNumber) {
        long fingerprint = fingerprint(agency, indexNumber);
        if (fingerprint == 0) {
            boolean fresh = !zeroSeen;
            zeroSeen = true;
            return fresh;
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        return insert(slots, fingerprint);
    }

    private boolean insert(long[] table, long fingerprint) {
        int mask = table.length - 1;
        int i = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == fingerprint) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = fingerprint;
        if (table == slots) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long fingerprint : old) {
            if (fingerprint != 0) {
                insert(slots, fingerprint);
            }
        }
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
