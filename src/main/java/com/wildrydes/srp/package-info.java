/**
 * Cognito's SRP conventions, the one copy both sides use: the site's client ({@code cognito.srp}) and the local
 * pool's server ({@code localpool.srp}). Plain arithmetic, hashing and spelling; it imports neither side.
 */
package com.wildrydes.srp;
