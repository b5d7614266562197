// AWS's own JavaScript clients against the embedded local pool: sign-up, confirm with the emailed code,
// SRP sign-in (amazon-cognito-identity-js), a wrong password, refresh, token verification with
// aws-jwt-verify, and a global sign-out that revokes the refresh token. Prints one "step: result" line each.
import identity from 'amazon-cognito-identity-js';
import { JwtRsaVerifier } from 'aws-jwt-verify';

const { CognitoUserPool, CognitoUser, AuthenticationDetails, CognitoUserAttribute } = identity;
const [endpoint, poolId, clientId] = process.argv.slice(2);
const pool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint: endpoint + '/' });
const email = `js-${Date.now()}@example.com`;
const password = 'Unicorn-Rides-42';
const call = (f) => new Promise((resolve, reject) => f((e, r) => (e ? reject(e) : resolve(r))));
const signIn = (secret) => new Promise((resolve, reject) =>
  new CognitoUser({ Username: email, Pool: pool }).authenticateUser(
    new AuthenticationDetails({ Username: email, Password: secret }), { onSuccess: resolve, onFailure: reject }));
const failure = async (promise) => { try { await promise; return 'succeeded'; } catch (e) { return e.code; } };

await call((cb) => pool.signUp(email, password, [new CognitoUserAttribute({ Name: 'email', Value: email })], null, cb));
const outbox = await (await fetch(`${endpoint}/_local/outbox`)).json();
const code = outbox.messages.find((m) => m.destination === email).body.match(/\d{6}/)[0];
const user = new CognitoUser({ Username: email, Pool: pool });
await call((cb) => user.confirmRegistration(code, true, cb));
console.log('confirm: ok');

const session = await signIn(password);
user.setSignInUserSession(session);
console.log(`srp-sign-in: ${session.isValid() ? 'ok' : 'invalid'}`);
console.log(`wrong-password: ${await failure(signIn('Wrong-Password-1'))}`);

const refreshed = await call((cb) => user.refreshSession(session.getRefreshToken(), cb));
console.log(`refresh: ${refreshed.getAccessToken().getJwtToken() ? 'ok' : 'missing'}`);

// aws-jwt-verify fetches JWKS over https only; hand it the pool's key set, as it allows.
const verifier = JwtRsaVerifier.create({ issuer: `${endpoint}/${poolId}`, audience: clientId });
verifier.cacheJwks(await (await fetch(`${endpoint}/${poolId}/.well-known/jwks.json`)).json());
const claims = await verifier.verify(session.getIdToken().getJwtToken());
console.log(`jwt-verify: ${claims.token_use === 'id' && claims.email === email ? 'ok' : 'wrong claims'}`);

await call((cb) => user.globalSignOut({ onSuccess: () => cb(null, 'ok'), onFailure: cb }));
console.log(`refresh-after-sign-out: ${await failure(call((cb) => user.refreshSession(session.getRefreshToken(), cb)))}`);
