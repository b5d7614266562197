package com.wildrydes.localpool.wire;

/** The errors the local pool answers with: Cognito's {@code __type} names and HTTP statuses. */
public enum PoolError {
    ALIAS_EXISTS("AliasExistsException"),
    CODE_MISMATCH("CodeMismatchException"),
    ENABLE_SOFTWARE_TOKEN_MFA("EnableSoftwareTokenMFAException"),
    EXPIRED_CODE("ExpiredCodeException"),
    /** Temporary credentials past their expiration (STS answers it as {@code ExpiredToken}). */
    EXPIRED_TOKEN("ExpiredTokenException"),
    GROUP_EXISTS("GroupExistsException"),
    INCOMPLETE_SIGNATURE("IncompleteSignatureException"),
    INTERNAL_ERROR("InternalErrorException", 500),
    INVALID_IDENTITY_POOL_CONFIGURATION("InvalidIdentityPoolConfigurationException"),
    INVALID_PARAMETER("InvalidParameterException"),
    INVALID_PASSWORD("InvalidPasswordException"),
    INVALID_SIGNATURE("InvalidSignatureException"),
    INVALID_USER_POOL_CONFIGURATION("InvalidUserPoolConfigurationException"),
    LIMIT_EXCEEDED("LimitExceededException"),
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", 403),
    NOT_AUTHORIZED("NotAuthorizedException"),
    PASSWORD_RESET_REQUIRED("PasswordResetRequiredException"),
    /** A body over the pool's limit: AWS's protocol error for an unreadable body, with the status that says why. */
    REQUEST_TOO_LARGE("SerializationException", 413),
    RESOURCE_NOT_FOUND("ResourceNotFoundException"),
    SERIALIZATION("SerializationException"),
    SOFTWARE_TOKEN_MFA_NOT_FOUND("SoftwareTokenMFANotFoundException"),
    TOO_MANY_FAILED_ATTEMPTS("TooManyFailedAttemptsException"),
    TOO_MANY_REQUESTS("TooManyRequestsException"),
    UNAUTHORIZED("UnauthorizedException"),
    UNRECOGNIZED_CLIENT("UnrecognizedClientException"),
    /** Not one of Cognito's: the local pool's answer to a request whose Host is not its own loopback address. */
    FOREIGN_HOST("ForbiddenException", 403),
    UNKNOWN_OPERATION("UnknownOperationException"),
    UNSUPPORTED_OPERATION("UnsupportedOperationException"),
    UNSUPPORTED_TOKEN_TYPE("UnsupportedTokenTypeException"),
    USER_NOT_CONFIRMED("UserNotConfirmedException"),
    USER_NOT_FOUND("UserNotFoundException"),
    USERNAME_EXISTS("UsernameExistsException"),
    WEB_AUTHN_CHALLENGE_NOT_FOUND("WebAuthnChallengeNotFoundException"),
    WEB_AUTHN_CLIENT_MISMATCH("WebAuthnClientMismatchException"),
    WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED("WebAuthnCredentialNotSupportedException"),
    WEB_AUTHN_NOT_ENABLED("WebAuthnNotEnabledException"),
    WEB_AUTHN_ORIGIN_NOT_ALLOWED("WebAuthnOriginNotAllowedException"),
    WEB_AUTHN_RELYING_PARTY_MISMATCH("WebAuthnRelyingPartyMismatchException");

    private final String type;
    private final int httpStatus;

    PoolError(String type) {
        this(type, 400);
    }

    PoolError(String type, int httpStatus) {
        this.type = type;
        this.httpStatus = httpStatus;
    }

    /** The {@code __type} and {@code x-amzn-ErrorType} value. */
    public String type() {
        return type;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
