package com.wildrydes.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FixedBasePowersTests {

    // a 127-bit prime keeps the table small; the arithmetic is the same as for the 3072-bit group
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);
    private static final BigInteger BASE = BigInteger.valueOf(5);
    private final FixedBasePowers powers = new FixedBasePowers(BASE, MODULUS, 64);

    @Test
    void powWhenExponentFitsTheTableThenEqualsModPow() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            BigInteger exponent = new BigInteger(1 + random.nextInt(64), random);
            assertThat(powers.pow(exponent)).isEqualTo(BASE.modPow(exponent, MODULUS));
        }
    }

    @Test
    void powWhenExponentIsZeroOneOrAllOnesThenEqualsModPow() {
        BigInteger allOnes = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        assertThat(powers.pow(BigInteger.ZERO)).isEqualTo(BigInteger.ONE);
        assertThat(powers.pow(BigInteger.ONE)).isEqualTo(BASE);
        assertThat(powers.pow(allOnes)).isEqualTo(BASE.modPow(allOnes, MODULUS));
    }

    @Test
    void powWhenExponentIsWiderThanTheTableThenFallsBackToModPow() {
        BigInteger wide = BigInteger.ONE.shiftLeft(100).add(BigInteger.valueOf(12345));
        assertThat(powers.pow(wide)).isEqualTo(BASE.modPow(wide, MODULUS));
    }

    @Test
    void sharedWhenAskedTwiceForTheSameGroupThenReturnsOneTable() {
        assertThat(FixedBasePowers.shared(BASE, MODULUS)).isSameAs(FixedBasePowers.shared(BASE, MODULUS));
    }
}
