package com.wildrydes.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SrpGroupTests {

    @Test
    void multiplierIsTheOneAwsClientsDerive() {
        // k as published by several independent Cognito SRP clients.
        assertThat(SrpHex.unpadded(SrpGroup.K))
                .isEqualTo("538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6");
        assertThat(SrpGroup.N.bitLength()).isEqualTo(3072);
        assertThat(SrpGroup.N.isProbablePrime(20)).isTrue();
    }

    @Test
    void powGRaisesTheGenerator() {
        assertThat(SrpGroup.powG(BigInteger.TEN)).isEqualTo(BigInteger.valueOf(1024));
        assertThat(SrpGroup.powG(SrpGroup.N.subtract(BigInteger.ONE))).isEqualTo(BigInteger.ONE);
    }
}
