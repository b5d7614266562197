package com.wildrydes.localpool.sts;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.wildrydes.localpool.identity.IssuedCredentials.Session;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Who a set of identity-pool credentials is, as
 * <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html">GetCallerIdentity</a>
 * answers for them: the assumed role's session {@code CognitoIdentityCredentials}, as Cognito Identity names it.
 * Deviation: the role id ({@code AROA...}) is derived from the role ARN, since the local pool has no IAM to ask; it
 * stays the same for the same ARN.
 *
 * @param account the role's account
 * @param userId  {@code <roleId>:CognitoIdentityCredentials}
 * @param arn     {@code arn:aws:sts::<account>:assumed-role/<roleName>/CognitoIdentityCredentials}
 */
public record CallerIdentity(String account, String userId, String arn) {

    static final String SESSION_NAME = "CognitoIdentityCredentials";
    private static final char[] ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    /** For credentials the identity pool issued; their role ARN was checked when the pool's roles were set. */
    public static CallerIdentity of(Session session) {
        String[] arn = session.roleArn().split(":", 6); // arn, partition, iam, "", account, role/<path/>name
        String roleName = arn[5].substring(arn[5].lastIndexOf('/') + 1);
        return new CallerIdentity(arn[4], roleId(session.roleArn()) + ":" + SESSION_NAME,
                "arn:" + arn[1] + ":sts::" + arn[4] + ":assumed-role/" + roleName + "/" + SESSION_NAME);
    }

    /** {@code AROA} and 17 base32 letters, as IAM's role ids look. */
    static String roleId(String roleArn) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(roleArn.getBytes(UTF_8));
            StringBuilder id = new StringBuilder("AROA");
            for (int i = 0; i < 17; i++) {
                id.append(ID_ALPHABET[(digest[i] & 0xff) % ID_ALPHABET.length]);
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
