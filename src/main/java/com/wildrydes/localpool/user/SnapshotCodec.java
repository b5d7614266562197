package com.wildrydes.localpool.user;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The snapshot's binary form of a change. Users, refresh grants, codes and memberships (the kinds there are many
 * of) have hand-written fields, because parsing them as JSON was most of the start-up time with many users;
 * the few pools, clients and groups are kept as their journal JSON.
 */
final class SnapshotCodec {

    private static final byte USER = 'U';
    private static final byte GRANT = 'G';
    private static final byte CODE = 'C';
    private static final byte MEMBER = 'M';
    private static final byte JSON = 'J';

    private final StoreJson json;

    SnapshotCodec(StoreJson json) {
        this.json = json;
    }

    void write(StoreChange change, BinaryWriter out) {
        if (change instanceof StoreChange.UserSaved saved) {
            out.tag(USER);
            UserFields.write(saved.user(), out);
        } else if (change instanceof StoreChange.GrantSaved saved) {
            out.tag(GRANT);
            writeGrant(saved.grant(), out);
        } else if (change instanceof StoreChange.CodeSaved saved) {
            out.tag(CODE);
            writeCode(saved.code(), out);
        } else if (change instanceof StoreChange.MemberAdded member) {
            out.tag(MEMBER);
            out.text(member.poolId());
            out.text(member.groupName());
            out.text(member.username());
        } else {
            out.tag(JSON);
            byte[] bytes = json.changeBytes(change);
            out.number(bytes.length);
            out.raw(bytes);
        }
    }

    StoreChange read(BinaryReader in) {
        byte tag = in.tag();
        return switch (tag) {
            case USER -> new StoreChange.UserSaved(UserFields.read(in));
            case GRANT -> new StoreChange.GrantSaved(readGrant(in));
            case CODE -> new StoreChange.CodeSaved(readCode(in));
            case MEMBER -> new StoreChange.MemberAdded(in.sharedText(), in.sharedText(), in.text());
            case JSON -> json.change(in.rest(in.number()));
            default -> throw new IllegalStateException("Unknown snapshot record kind " + tag);
        };
    }

    private static void writeGrant(RefreshGrant grant, BinaryWriter out) {
        out.text(grant.tokenHash());
        out.text(grant.poolId());
        out.text(grant.clientId());
        out.text(grant.username());
        out.text(grant.originJti());
        out.instant(grant.issuedAt());
        out.instant(grant.expiresAt());
        out.flag(grant.revoked());
    }

    private static RefreshGrant readGrant(BinaryReader in) {
        return new RefreshGrant(in.text(), in.sharedText(), in.sharedText(), in.text(), in.text(), in.instant(),
                in.instant(), in.flag());
    }

    private static void writeCode(ConfirmationCode code, BinaryWriter out) {
        out.text(code.poolId());
        out.text(code.username());
        out.text(code.purpose().name());
        out.text(code.saltHex());
        out.text(code.hashHex());
        out.instant(code.expiresAt());
        out.number(code.failedAttempts());
    }

    private static ConfirmationCode readCode(BinaryReader in) {
        return new ConfirmationCode(in.sharedText(), in.text(), CodePurpose.valueOf(in.text()), in.text(), in.text(),
                in.instant(), in.number());
    }

    /** A user's fields; the username is usually the sub (a UUID), then held once. */
    private static final class UserFields {

        static void write(StoredUser user, BinaryWriter out) {
            out.text(user.poolId());
            out.text(user.username());
            out.text(user.sub());
            out.number(user.attributes().size());
            user.attributes().forEach((name, value) -> {
                out.text(name);
                out.text(value);
            });
            out.text(user.passwordHash().saltHex());
            out.text(user.passwordHash().verifierHex());
            out.text(user.status().name());
            out.flag(user.enabled());
            out.instant(user.createdAt());
            out.instant(user.modifiedAt());
            out.number(user.signIn().failures());
            out.instant(user.signIn().lockedUntil());
            out.instant(user.signedOutAt());
        }

        static StoredUser read(BinaryReader in) {
            String poolId = in.sharedText();
            String username = in.text();
            String sub = in.text();
            sub = sub != null && sub.equals(username) ? username : sub;
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = in.number(); i > 0; i--) {
                String name = in.sharedText();
                attributes.put(name, name.equals("sub") ? sharedWith(in.text(), sub) : in.sharedText());
            }
            StoredPassword password = new StoredPassword(in.text(), in.text());
            UserStatus status = UserStatus.valueOf(in.sharedText());
            boolean enabled = in.flag();
            return new StoredUser(poolId, username, sub, attributes, password, status, enabled, in.instant(),
                    in.instant(), signIn(in.number(), in.instant()), in.instant());
        }

        private static SignInAttempts signIn(int failures, Instant lockedUntil) {
            return failures == 0 && lockedUntil == null ? SignInAttempts.NONE : new SignInAttempts(failures, lockedUntil);
        }

        private static String sharedWith(String value, String same) {
            return value != null && value.equals(same) ? same : value;
        }
    }
}
