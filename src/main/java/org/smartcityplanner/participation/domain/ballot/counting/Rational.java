package org.smartcityplanner.participation.domain.ballot.counting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction, always reduced with a positive denominator. The Method of Equal Shares divides money by numbers
 * of supporters, so shares like 10/3 baht are exact here and a tie between two shares is a real tie.
 */
record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {

	static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

	static Rational of(long value) {
		return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
	}

	static Rational of(long numerator, long denominator) {
		return reduce(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
	}

	static Rational of(BigInteger numerator, BigInteger denominator) {
		return reduce(numerator, denominator);
	}

	private static Rational reduce(BigInteger numerator, BigInteger denominator) {
		if (denominator.signum() == 0) {
			throw new ArithmeticException("division by zero");
		}
		if (denominator.signum() < 0) {
			numerator = numerator.negate();
			denominator = denominator.negate();
		}
		if (denominator.equals(BigInteger.ONE)) {
			return new Rational(numerator, denominator);
		}
		BigInteger gcd = numerator.gcd(denominator);
		if (gcd.equals(BigInteger.ONE) || gcd.signum() == 0) {
			return new Rational(numerator, denominator);
		}
		return new Rational(numerator.divide(gcd), denominator.divide(gcd));
	}

	Rational plus(Rational other) {
		if (denominator.equals(other.denominator)) {
			return reduce(numerator.add(other.numerator), denominator);
		}
		return reduce(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
				denominator.multiply(other.denominator));
	}

	Rational minus(Rational other) {
		return plus(new Rational(other.numerator.negate(), other.denominator));
	}

	Rational dividedBy(long divisor) {
		return reduce(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
	}

	Rational times(long factor) {
		return reduce(numerator.multiply(BigInteger.valueOf(factor)), denominator);
	}

	/** A close double, only ever used as a hint that exact comparisons confirm. */
	double approximate() {
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
				.doubleValue();
	}

	int signum() {
		return numerator.signum();
	}

	@Override
	public int compareTo(Rational other) {
		if (denominator.equals(other.denominator)) {
			return numerator.compareTo(other.numerator);
		}
		return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
	}

	BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
	}
}
