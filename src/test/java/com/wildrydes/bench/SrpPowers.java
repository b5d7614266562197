package com.wildrydes.bench;

import com.wildrydes.srp.FixedBasePowers;
import com.wildrydes.srp.SrpGroup;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: the two choices the sign-in floor rests on, each beside its alternative, one power in the 3072-bit
 * group: a 256-bit secret exponent vs a full-width one, and the shared fixed-base table for g vs modPow.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SrpPowers {

    private final SecureRandom random = new SecureRandom();
    private final BigInteger base = new BigInteger(3070, random);
    private final FixedBasePowers powersOfG = FixedBasePowers.shared(SrpGroup.G, SrpGroup.N);

    @Benchmark
    public BigInteger exponent256Bits() {
        return base.modPow(new BigInteger(256, random), SrpGroup.N);
    }

    @Benchmark
    public BigInteger exponentFullWidth() {
        return base.modPow(new BigInteger(3072, random), SrpGroup.N);
    }

    @Benchmark
    public BigInteger gByModPow() {
        return SrpGroup.G.modPow(new BigInteger(256, random), SrpGroup.N);
    }

    @Benchmark
    public BigInteger gByFixedBaseTable() {
        return powersOfG.pow(new BigInteger(256, random));
    }
}
