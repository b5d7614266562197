package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.srp.PasswordVerifier;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.srp.HmacSha256;
import com.wildrydes.srp.SrpGroup;
import com.wildrydes.srp.SrpHex;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Stand-ins for users who do not exist, for clients with PreventUserExistenceErrors ENABLED: as Cognito does (RFC
 * 5054 section 2.5.1.3), the same name in the same pool always gets the same salt and internal user id, so repeated
 * tries look like a real user's. Derived with HMAC from a key drawn at start-up: nothing is stored, and a restart
 * gives every unknown name new ones (Cognito's stay the same for ever).
 */
public final class DecoyUsers {

    private static final int SALT_BYTES = 16;

    private final byte[] key = new byte[32];

    public DecoyUsers(SecureRandom random) {
        random.nextBytes(key);
    }

    /**
     * A verifier that belongs to no password: a stable salt, and a number modulo N as a real verifier is, so that
     * SRP_B built from it is distributed as for a real user. Costs no exponentiation; the challenge built from it
     * costs what a real one does.
     */
    public PasswordVerifier verifier(UserPool pool, String typedUsername) {
        byte[] salt = Arrays.copyOf(derive("salt", pool, typedUsername), SALT_BYTES);
        byte[] wide = new byte[SrpGroup.N.bitLength() / 8 + 32];
        for (int block = 0; block * 32 < wide.length; block++) {
            byte[] part = derive("verifier-" + block, pool, typedUsername);
            System.arraycopy(part, 0, wide, block * 32, Math.min(32, wide.length - block * 32));
        }
        BigInteger verifier = new BigInteger(1, wide).mod(SrpGroup.N);
        return new PasswordVerifier(HexFormat.of().formatHex(salt), SrpHex.unpadded(verifier));
    }

    /**
     * The USER_ID_FOR_SRP a real user would have: in pools where people sign in with their email, the stored
     * username is a UUID; elsewhere it is the username itself.
     */
    public String userId(UserPool pool, String typedUsername) {
        if (!pool.emailIsUsername()) {
            return typedUsername;
        }
        ByteBuffer bits = ByteBuffer.wrap(derive("user-id", pool, typedUsername));
        long high = (bits.getLong() & ~0xF000L) | 0x4000L; // version 4, as the pool's own subs
        long low = (bits.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }

    private byte[] derive(String purpose, UserPool pool, String typedUsername) {
        return HmacSha256.sign(key, purpose.getBytes(StandardCharsets.UTF_8), new byte[] {0},
                pool.id().getBytes(StandardCharsets.UTF_8), new byte[] {0},
                typedUsername.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }
}
